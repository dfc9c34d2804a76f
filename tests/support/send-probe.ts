import type { SendProbe } from '../../utils/sharing/connection-check';

/** The connection check's requests made with Node's fetch, as the options page will make them with its own. */
export const sendProbe: SendProbe = async (request) => {
  try {
    const answer = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
    return { kind: 'answer', status: answer.status, contentType: answer.headers.get('content-type'), body: await answer.text() };
  } catch {
    return { kind: 'no-answer' };
  }
};
