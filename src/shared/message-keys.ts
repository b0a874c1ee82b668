import type englishCatalogue from '../../assets/_locales/en/messages.json';

/** Every message id of the catalogues; a rule naming a message that does not exist fails the type check. */
export type MessageKey = keyof typeof englishCatalogue;
