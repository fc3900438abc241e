// saxen ships no type declarations: the part of its API the XML reader uses (xml.ts), as its README
// documents it (non-proxy mode, namespaces on).
declare module 'saxen' {
  export interface ParseContext {
    /** Zero-based, like the column. */
    line: number;
    column: number;
    data: string;
  }
  type Context = () => ParseContext;
  /** Attributes by name (namespace prefixes normalised), or false if they could not be parsed. */
  type Attributes = () => Record<string, string> | false;
  type Decode = (text: string) => string;

  export class Parser {
    /** Namespace-aware mode: each URI given is named by its prefix in element and attribute names. */
    ns(uriToPrefix?: Readonly<Record<string, string>>): this;
    on(event: 'openTag', listener: (name: string, attributes: Attributes, decode: Decode, selfClosing: boolean, context: Context) => void): this;
    on(event: 'closeTag', listener: (name: string, decode: Decode, selfClosing: boolean, context: Context) => void): this;
    on(event: 'text', listener: (text: string, decode: Decode, context: Context) => void): this;
    on(event: 'cdata', listener: (text: string, context: Context) => void): this;
    on(event: 'error' | 'warn', listener: (error: Error, context: Context) => void): this;
    /** Stops the parse in progress after the current event. */
    stop(): void;
    /** Parses a whole document; the first error, if any (also given to the 'error' listener). */
    parse(xml: string): Error | undefined;
  }
}
