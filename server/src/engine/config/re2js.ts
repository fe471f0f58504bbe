/** The entry of dist/re2js.js (scripts/build.mjs): re2js as a bundle of its own, loaded on first use. */
export * from 're2js';
