// Loaded with `node --import`: records every module the process resolves into the file named by
// WB_RECORD_IMPORTS, so a test can check that a command never loads puppeteer-core.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url, { data: { file: process.env.WB_RECORD_IMPORTS } });
