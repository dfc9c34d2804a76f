/** Where a parse error is, counted from 1 as editors count. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Where JSON.parse failed. The engine's message says it in different ways
 * (V8: "at position 12", newer V8: "(line 2 column 5)", Firefox: "at line 2
 * column 5"), and V8 says nothing for an unexpected token; then the text is
 * scanned for its first error.
 */
export function jsonErrorPosition(text: string, message: string): TextPosition | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : firstJsonError(text);
  return offset === null ? null : positionOf(text, offset);
}

/** The engine's reason, without the position it gave (shown separately) or its name for the parser. */
export function jsonErrorDetail(message: string): string {
  return message
    .replace(/^JSON\.parse: /, '')
    .replace(/ (in JSON )?at position \d+/, '')
    .replace(/ \(line \d+ column \d+\)/, '')
    .replace(/ at line \d+ column \d+ of the JSON data/, '')
    // V8 quotes the text around the error; its line breaks would break the message's one line.
    .replace(/\s*[\r\n]\s*/g, ' ');
}

function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

type Scan = { end: number } | { errorAt: number };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

// A JSON grammar walk that builds nothing: it only finds the first offset the grammar refuses.
function firstJsonError(text: string): number | null {
  const open: string[] = [];
  let expect: Expect = 'value';
  let at = 0;
  const afterValue = (): Expect => (open.length > 0 ? 'comma-or-close' : 'end');
  for (;;) {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
    if (at >= text.length) return expect === 'end' ? null : text.length;
    const char = text.charAt(at);
    if ((expect === 'value-or-close' && char === ']') || (expect === 'key-or-close' && char === '}')) {
      open.pop();
      at++;
      expect = afterValue();
    } else if (expect === 'value' || expect === 'value-or-close') {
      if (char === '{' || char === '[') {
        open.push(char);
        at++;
        expect = char === '{' ? 'key-or-close' : 'value-or-close';
        continue;
      }
      const scalar = scanScalar(text, at);
      if ('errorAt' in scalar) return scalar.errorAt;
      at = scalar.end;
      expect = afterValue();
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (char !== '"') return at;
      const key = scanString(text, at);
      if ('errorAt' in key) return key.errorAt;
      at = key.end;
      expect = 'colon';
    } else if (expect === 'colon' && char === ':') {
      at++;
      expect = 'value';
    } else if (expect === 'comma-or-close' && char === ',') {
      at++;
      expect = open.at(-1) === '{' ? 'key' : 'value';
    } else if (expect === 'comma-or-close' && char === (open.at(-1) === '{' ? '}' : ']')) {
      open.pop();
      at++;
      expect = afterValue();
    } else {
      return at;
    }
  }
}

// Where the scalar at `at` ends, or where it goes wrong.
function scanScalar(text: string, at: number): Scan {
  const char = text.charAt(at);
  if (char === '"') return scanString(text, at);
  for (const word of ['true', 'false', 'null']) {
    if (char !== word.charAt(0)) continue;
    for (let i = 1; i < word.length; i++) if (text.charAt(at + i) !== word.charAt(i)) return { errorAt: at + i };
    return { end: at + word.length };
  }
  NUMBER.lastIndex = at;
  return NUMBER.test(text) ? { end: NUMBER.lastIndex } : { errorAt: at };
}

function scanString(text: string, at: number): Scan {
  for (let i = at + 1; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return { end: i + 1 };
    // Raw control characters (a pasted newline, say) must be escaped in JSON.
    if (code < 0x20) return { errorAt: i };
    if (code !== 0x5c) {
      i++;
      continue;
    }
    ESCAPE.lastIndex = i;
    if (!ESCAPE.test(text)) return { errorAt: i };
    i = ESCAPE.lastIndex;
  }
  return { errorAt: text.length };
}
