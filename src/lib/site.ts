/**
 * Where the site is published. Canonical links, social previews and the credit inside exported files
 * use it. Set SITE_URL at build time for a real deployment; the default is a placeholder domain.
 */
export const SITE_URL = (typeof process !== 'undefined' && process.env?.SITE_URL) || 'https://colombia-us.example.org';
