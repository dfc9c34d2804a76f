import { browser } from 'wxt/browser';
import type { MessageToBackground, Replies } from './protocol';

/** Sends a typed message to the background and returns its typed reply. */
export async function sendToBackground<M extends MessageToBackground>(message: M): Promise<Replies[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['type']];
}
