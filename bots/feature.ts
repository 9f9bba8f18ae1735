import { hasRole } from '../core/people/roles.ts';
import type { Role } from '../db/schema.ts';
import type { ButtonCodec } from './button.ts';
import type { Conversation } from './conversation.ts';

/** A command as typed: `/huy VP7K3MQ đổi ý` → name `huy`, args `['VP7K3MQ', 'đổi', 'ý']`, rest `VP7K3MQ đổi ý`. */
export interface ParsedCommand {
  cmd: string;
  args: string[];
  rest: string;
}

/** A line of text in each language. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** One command: its names (the first is the Vietnamese one), who it is for, its help line and handler. */
export interface CommandSpec {
  names: string[];
  /** Who the command is for (help and menus list it to them); none = everyone. Access is checked by the operation itself. */
  roles?: Role[];
  /** One line for /help, with an example (`/giao VP7K3MQ — đã gửi hàng`). */
  help?: Bilingual;
  /** An entry of the platforms' command menus: the name shown and its description, per language. */
  menu?: { vi: [name: string, description: string]; en: [name: string, description: string] };
  handle(c: Conversation, cmd: ParsedCommand): void;
}

type ButtonEntry = { codec: ButtonCodec<unknown>; handle(c: Conversation, args: unknown): void };
type PhotoEntry = { match: (c: Conversation) => boolean; handle(c: Conversation): void };
type TextEntry = { match: (c: Conversation, text: string) => boolean; handle(c: Conversation, text: string): void };
/** Non-message events a feature can answer. */
export type ChatEvent = 'follow' | 'unfollow' | 'bot_added';

/**
 * What one dialog module registers: its commands, its buttons and its free-text handlers (grammY's
 * Composer is the model, reduced to what Gom needs). Features are composed by `composeFeatures`.
 */
export class Feature {
  readonly commands: CommandSpec[] = [];
  readonly buttons: ButtonEntry[] = [];
  readonly texts: TextEntry[] = [];
  readonly events: { event: ChatEvent; handle(c: Conversation): void }[] = [];
  readonly photos: PhotoEntry[] = [];

  constructor(readonly name: string) {}

  /** Registers a command under all its names. */
  command(spec: CommandSpec): this {
    this.commands.push(spec);
    return this;
  }

  /** Answers the button built by `codec`, with its arguments typed. */
  button<A>(codec: ButtonCodec<A>, handle: (c: Conversation, args: A) => void): this {
    this.buttons.push({ codec: codec as ButtonCodec<unknown>, handle: handle as ButtonEntry['handle'] });
    return this;
  }

  /** Answers free text that `match` accepts (a RegExp, or a predicate); tried in registration order. */
  text(match: RegExp | ((c: Conversation, text: string) => boolean), handle: (c: Conversation, text: string) => void): this {
    const test = match instanceof RegExp ? (_c: Conversation, t: string) => match.test(t) : match;
    this.texts.push({ match: test, handle });
    return this;
  }

  /** Answers a photo (`Incoming.photo`, any caption in its text) that `match` accepts; tried in registration order. */
  photo(match: (c: Conversation) => boolean, handle: (c: Conversation) => void): this {
    this.photos.push({ match, handle });
    return this;
  }

  /** Answers a non-message event (a follow, the bot added to a group). */
  on(event: ChatEvent, handle: (c: Conversation) => void): this {
    this.events.push({ event, handle });
    return this;
  }
}

/** Creates a feature (one per dialog module). */
export function feature(name: string): Feature {
  return new Feature(name);
}

/** The features composed: how a message finds its handler, and the help and menus they declare. */
export interface ComposedBot {
  /** The handler of a command name, if any feature registered it. */
  command(name: string): CommandSpec | undefined;
  /** The handler of a button's data, with its parsed arguments, if any feature answers it. */
  button(data: string): { handle(c: Conversation): void } | undefined;
  /** The first free-text handler that accepts this text. */
  text(c: Conversation, text: string): ((c: Conversation, text: string) => void) | undefined;
  /** The handler of a non-message event. */
  event(event: ChatEvent): ((c: Conversation) => void) | undefined;
  /** The first photo handler that accepts this message's photo. */
  photo(c: Conversation): ((c: Conversation) => void) | undefined;
  /** Help lines for the roles a person has in the group (commands of other roles are left out). */
  helpLines(c: Conversation): string[];
  /** The platforms' command menu in one language. */
  menu(lang: 'vi' | 'en'): { command: string; description: string }[];
  /** Every command registered, in order. */
  readonly commands: readonly CommandSpec[];
}

/**
 * Composes features into one bot. Refuses (throws at boot) a command name or a button definition that
 * two features register: who answers what must never depend on the order of a list.
 */
export function composeFeatures(features: Feature[]): ComposedBot {
  const byName = new Map<string, CommandSpec>();
  const owner = new Map<string, string>();
  const commands: CommandSpec[] = [];
  const buttons: ButtonEntry[] = [];
  const codecOwner = new Map<ButtonCodec<unknown>, string>();
  const texts: TextEntry[] = [];
  const photos: PhotoEntry[] = [];
  const events = new Map<ChatEvent, (c: Conversation) => void>();
  for (const f of features) {
    for (const spec of f.commands) {
      for (const raw of spec.names) {
        const name = raw.toLowerCase();
        if (!/^[a-z_]{1,32}$/.test(name)) throw new Error(`feature ${f.name}: command name "/${raw}" must be 1-32 letters or _`);
        if (byName.has(name)) throw new Error(`command /${name} is registered twice (features ${owner.get(name)} and ${f.name})`);
        byName.set(name, spec);
        owner.set(name, f.name);
      }
      commands.push(spec);
    }
    for (const b of f.buttons) {
      if (codecOwner.has(b.codec)) throw new Error(`button ${b.codec.prefix}: is answered twice (features ${codecOwner.get(b.codec)} and ${f.name})`);
      codecOwner.set(b.codec, f.name);
      buttons.push(b);
    }
    texts.push(...f.texts);
    photos.push(...f.photos);
    for (const e of f.events) {
      if (events.has(e.event)) throw new Error(`event ${e.event} is answered twice (feature ${f.name})`);
      events.set(e.event, e.handle);
    }
  }
  return {
    commands,
    command: (name) => byName.get(name.toLowerCase()),
    button(data) {
      for (const b of buttons) {
        const args = b.codec.parse(data);
        if (args) return { handle: (c) => b.handle(c, args) };
      }
      return undefined;
    },
    text: (c, text) => texts.find((t) => t.match(c, text))?.handle,
    event: (e) => events.get(e),
    photo: (c) => photos.find((p) => p.match(c))?.handle,
    helpLines(c) {
      const lang = c.m.lang;
      return commands.filter((s) => s.help && s.roles?.length && s.roles.some((r) => hasRole(c.t, c.person.id, c.group.id, r))).map((s) => s.help![lang]);
    },
    menu: (lang) => commands.filter((s) => s.menu).map((s) => ({ command: s.menu![lang][0], description: s.menu![lang][1] })),
  };
}
