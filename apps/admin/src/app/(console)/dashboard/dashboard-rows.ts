import { tierNameIn } from '@fidele/ui';
import { CHANNELS } from '@fidele/validators';
import type { StaffOutputs } from '@/trpc/types.ts';
import type { FigureRow } from './figure-csv.ts';

export type DashboardData = StaffOutputs['dashboard']['read'];
type Totals = DashboardData['totals']['current'];
type Channel = DashboardData['channels'][number]['channel'];

/** Channels are listed in the validators' order, whatever order the figures came in. */
const CHANNEL_ORDER: readonly Channel[] = CHANNELS;

/** A share, or null when there is nothing to divide by (shown as "–", never as 0 % or NaN). */
export const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The figures of one channel, shop or period that the tables show. */
export const tableValues = (f: Totals) => ({
  ...f,
  averageBasket: share(f.purchaseAmount, f.purchases),
  membersShare: share(f.memberPurchaseAmount, f.purchaseAmount),
  redemptionRate: share(f.pointsRedeemed, f.pointsIssued),
  openRate: share(f.messagesOpened, f.messagesSent),
  clickRate: share(f.messagesClicked, f.messagesSent),
});

const byChannelOrder = <T extends { channel: Channel }>(rows: T[]) =>
  [...rows].sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel));

/** One row per channel with `pick`'s figures in the current period (channels with none left out). */
export const channelRows = (
  data: DashboardData,
  label: (channel: Channel) => string,
  keep: (figures: Totals) => boolean,
): FigureRow[] =>
  byChannelOrder(data.channels)
    .filter(({ current }) => keep(current))
    .map(({ channel, current }) => ({
      key: channel,
      label: label(channel),
      values: tableValues(current),
    }));

/** New members per sign-up source (the channel stands for it), this period and the one before. */
export const sourceRows = (data: DashboardData, label: (channel: Channel) => string): FigureRow[] =>
  byChannelOrder(data.channels)
    .filter(({ current, previous }) => current.newMembers > 0 || previous.newMembers > 0)
    .map(({ channel, current, previous }) => ({
      key: channel,
      label: label(channel),
      values: { current: current.newMembers, previous: previous.newMembers },
    }));

/** Points issued per day, one column per channel that issued any. */
export const pointsPerDay = (data: DashboardData, dayLabel: (day: string) => string) => {
  const channels = byChannelOrder(
    data.channels.filter(({ current }) => current.pointsIssued > 0),
  ).map(({ channel }) => channel);
  const days = new Map<string, Record<string, number>>();
  for (const { day, channel, figures } of data.daily) {
    const values =
      days.get(day) ?? days.set(day, Object.fromEntries(channels.map((c) => [c, 0]))).get(day)!;
    if (channels.includes(channel)) values[channel] = figures.pointsIssued;
  }
  const rows: FigureRow[] = [...days]
    .filter(([, values]) => Object.values(values).some((points) => points > 0))
    .map(([day, values]) => ({ key: day, label: dayLabel(day), values }));
  return { channels, rows };
};

/** Sales and points per shop in the current period. */
export const shopRows = (data: DashboardData): FigureRow[] =>
  data.shops.map(({ shopId, name, current }) => ({
    key: shopId,
    label: name,
    values: tableValues(current),
  }));

/** Members per tier now and the moves into each during the period. */
export const tierRows = (data: DashboardData, locale: string): FigureRow[] =>
  data.tiers.map((tier) => ({
    key: tier.id,
    label: tierNameIn(tier, locale),
    values: { members: tier.members, upgrades: tier.upgrades, downgrades: tier.downgrades },
  }));
