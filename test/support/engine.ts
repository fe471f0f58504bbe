export * from '../../server/src/engine';
export { da, en } from '../../server/src/engine/i18n/messages';
