/** The port the preview tries first, as Vite's preview does. */
export const DEFAULT_PREVIEW_PORT = 4173;
/** Loopback only unless told otherwise: drafts are unpublished figures. */
export const DEFAULT_PREVIEW_HOST = '127.0.0.1';
