/** The renewal calendar `renewals` and the board show, as of a date, from the lines savings keeps. */
import type { Config } from '../../config/config.js';
import { fiscalYearOf, lastDayOfMonth, monthOf, monthsOfPeriod } from '../../period/period.js';
import type { SavingsSource } from '../savings/source.js';
import { type keyedContracts, vendorLinesOf } from './from-records.js';
import { type RenewalCalendar, renewalCalendar } from './schedule.js';

/** The last day of the fiscal year `date` falls in. */
export function fiscalYearEndOf(date: string, fiscalYearStart: number): string {
  const months = monthsOfPeriod(`FY${fiscalYearOf(monthOf(date), fiscalYearStart)}`, fiscalYearStart)!;
  return lastDayOfMonth(months.at(-1)!);
}

/** The calendar renewals and board show, from the lines savings keeps. */
export function calendarOf(config: Config, records: SavingsSource, asOf: string, withinDays: number, contracts: ReturnType<typeof keyedContracts>): RenewalCalendar {
  return renewalCalendar(vendorLinesOf(records), contracts, { asOf, fiscalYearEnd: fiscalYearEndOf(asOf, config.fiscalYearStart), withinDays, toleranceDays: 21 });
}
