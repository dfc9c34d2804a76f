import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_DIR, FIREFOX_BUILD_DIR, TEST_BUILD_DIR } from './support/hearth';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[]; use_dynamic_url?: boolean }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const manifest = readManifest(BUILD_DIR);

interface DocumentedPermissions {
  required: string[];
  optional: string[];
  optionalHosts: string[];
}

/**
 * The permissions the README documents for one browser, from its "Privacy and
 * permissions" table, each list on its own. A row marked "(Firefox only)"
 * belongs to the Firefox build alone.
 */
function documentedPermissions(browser: 'Chrome' | 'Firefox'): DocumentedPermissions {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Privacy and permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = [...section.matchAll(/^\| `([^`]+)`( \(optional\))?( \(Firefox only\))? \|/gm)]
    .filter((m) => browser === 'Firefox' || m[3] === undefined)
    .map((m) => ({ name: m[1] ?? '', optional: m[2] !== undefined }));
  const isHost = (name: string) => name.includes('://');
  return {
    required: rows.filter((row) => !row.optional && !isHost(row.name)).map((row) => row.name),
    optional: rows.filter((row) => row.optional && !isHost(row.name)).map((row) => row.name),
    optionalHosts: rows.filter((row) => row.optional && isHost(row.name)).map((row) => row.name),
  };
}

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

describe.each([
  ['Chrome', BUILD_DIR],
  ['Firefox', FIREFOX_BUILD_DIR],
] as const)('the shipped %s manifest', (browser, dir) => {
  const shipped = readManifest(dir);

  test('asks for exactly the required permissions the README lists, and no more', () => {
    const documented = documentedPermissions(browser);
    expect(documented.required.length).toBeGreaterThan(0);
    expect(sorted(shipped.permissions)).toEqual(sorted(documented.required));
  });

  test('keeps optional exactly what the README calls optional (notifications and host access)', () => {
    const documented = documentedPermissions(browser);
    expect(documented.optional).toContain('notifications');
    expect(sorted(shipped.optional_permissions)).toEqual(sorted(documented.optional));
    expect(sorted(shipped.optional_host_permissions)).toEqual(sorted(documented.optionalHosts));
  });

  test('has a store justification for every permission it asks for (docs/store/permissions.md)', () => {
    const justified = readFileSync('docs/store/permissions.md', 'utf8');
    const headings = new Set([...justified.matchAll(/^## `([^`]+)`/gm)].map((m) => m[1]));
    const asked = [
      ...(shipped.permissions ?? []),
      ...(shipped.optional_permissions ?? []),
      ...(shipped.optional_host_permissions ?? []),
      ...(shipped.host_permissions ?? []),
    ];
    for (const permission of asked) expect(headings, `no justification for ${permission}`).toContain(permission);
  });

  test('declares the Alt+Shift+H shortcut the README promises for opening Hearth', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('**Alt+Shift+H**');
    expect(shipped.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+H');
  });

  test('runs no content script on any page by itself, and pages cannot talk to Hearth', () => {
    expect(shipped.content_scripts ?? []).toEqual([]);
    expect(shipped.externally_connectable).toBeUndefined();
  });

  test('keeps the default MV3 content security policy', () => {
    expect(shipped.content_security_policy).toBeUndefined();
  });

  test('has no required host access', () => {
    expect(shipped.host_permissions ?? []).toEqual([]);
  });

  test("exposes only the card's frame to web pages, under a per-session URL", () => {
    // The card lives in this extension page, framed on the web page (issue 14);
    // use_dynamic_url keeps pages from fingerprinting Hearth by its fixed extension id.
    expect(shipped.web_accessible_resources).toEqual([
      { resources: ['nudge-frame.html'], use_dynamic_url: true, matches: ['http://*/*', 'https://*/*'] },
    ]);
  });
});

describe('the Firefox manifest', () => {
  const gecko = readManifest(FIREFOX_BUILD_DIR).browser_specific_settings?.gecko;

  test('has a fixed add-on id and declares that Hearth collects no data', () => {
    expect(gecko?.id).toBe('hearth@hearth-extension.org');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('sets the minimum Firefox versions the README states', () => {
    const readme = readFileSync('README.md', 'utf8');
    const stated = /`strict_min_version` (\d+) for Firefox and (\d+) for Firefox for\s+Android/.exec(readme);
    expect(stated, 'the README states the minimum versions').not.toBeNull();
    const android = readManifest(FIREFOX_BUILD_DIR).browser_specific_settings?.gecko_android;
    expect(gecko?.strict_min_version).toBe(`${stated![1]}.0`);
    expect(android?.strict_min_version).toBe(`${stated![2]}.0`);
  });
});

describe('the test-only pages', () => {
  // entrypoints/dev-seed fills the database, entrypoints/blank is the
  // benchmark's baseline and entrypoints/card-preview shows the in-page card
  // to axe; wxt.config.ts keeps them out of what ships.
  test.each(['dev-seed.html', 'blank.html', 'card-preview.html'])('%s is in the test build but not in the shipped ones', (page) => {
    expect(existsSync(join(BUILD_DIR, page))).toBe(false);
    expect(existsSync(join(FIREFOX_BUILD_DIR, page))).toBe(false);
    expect(existsSync(join(TEST_BUILD_DIR, page))).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain(page.replace('.html', ''));
  });
});

describe('the shipped bundles', () => {
  // WXT's auto-import scanner once mistook a parameter named `storage` for its
  // storage helper and bundled it into the popup, though `imports: false` is set.
  test('carry no WXT storage helper, which Hearth never uses', () => {
    const chunks = join(BUILD_DIR, 'chunks');
    for (const file of readdirSync(chunks)) {
      expect(readFileSync(join(chunks, file), 'utf8'), file).not.toContain('Storage key should be in the form');
    }
  });
});
