/**
 * The API the renderer sees as `window.sverka`, derived from the channel list: one purpose-named method per
 * channel, grouped (`api.project.open(...)`, `api.pairs.merge(...)`), plus event subscription and the few
 * platform capabilities that differ between the desktop window and a browser tab.
 */
import type { Channel } from './channels';
import type { AppEvent } from './events';
import type { IpcResult } from './result';
import type { ChannelResult } from './results';
import type { ChannelArgs } from './schemas';

type GroupOf<C extends string> = C extends `${infer G}.${string}` ? G : never;

/** The request methods, grouped by the part of the channel name before the dot. */
export type RequestApi = {
  readonly [G in GroupOf<Channel>]: {
    readonly [C in Channel as C extends `${G}.${infer M}` ? M : never]: (args: ChannelArgs<C>) => Promise<IpcResult<ChannelResult<C>>>;
  };
};

/** A file the user dropped or picked in the page (a DOM `File`; typed loosely because shared/ has no DOM). */
export type PageFile = object;

/** What differs between hosts. */
export interface PlatformApi {
  readonly host: 'electron' | 'web';
  /** A path the handlers can read for a dropped or picked file (the browser host uploads it first). */
  pathForFile(file: PageFile): Promise<string>;
  /** Offers a written export file to the user (browser host: a download; desktop: shows it in its folder). */
  reveal(path: string): Promise<void>;
}

/** `window.sverka`. */
export interface SverkaApi extends RequestApi {
  readonly platform: PlatformApi;
  /** Subscribes to main → renderer events; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** Splits a channel name into its group and method. */
export function splitChannel(channel: Channel): readonly [string, string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

/** Builds the request part of the API from one transport function (used by the preload and the browser client). */
export function buildRequestApi(
  channels: readonly Channel[],
  invoke: (channel: Channel, args: unknown) => Promise<IpcResult<unknown>>,
): RequestApi {
  const api: Record<string, Record<string, (args: unknown) => Promise<IpcResult<unknown>>>> = {};
  for (const channel of channels) {
    const [group, method] = splitChannel(channel);
    api[group] ??= {};
    api[group][method] = (args: unknown) => invoke(channel, args);
  }
  return api as unknown as RequestApi;
}
