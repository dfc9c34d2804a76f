/**
 * Where the in-page card may appear: ordinary web pages. Optional host access,
 * asked for only when the user chooses the card (wxt.config.ts declares it).
 */
export const CARD_ORIGINS = ['http://*/*', 'https://*/*'] as const;
