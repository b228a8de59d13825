/**
 * User-facing messages of the core (import reasons, rule validation): a stable code and its
 * parameters beside the Chinese text. The CLI and stored reports use `text`, exactly as the core
 * has always written it; an interface in another language translates by `code` and `params`.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export type CoreMessage = { code: string; params: MessageParams; text: string };

/** A module's messages: code → Chinese template with `{name}` placeholders. */
export type MessageTemplates = Readonly<Record<string, string>>;

/** The template with each `{name}` replaced by its parameter; a missing one stays visible. */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The message maker of one module's templates: `m('code', { … })` gives the code, the
 * parameters and the Chinese text. Codes are typed by the templates, so a misspelt code fails
 * to compile.
 */
export function messageMaker<T extends MessageTemplates>(templates: T): (code: keyof T & string, params?: MessageParams) => CoreMessage {
  return (code, params = {}) => ({ code, params, text: fillTemplate(templates[code]!, params) });
}
