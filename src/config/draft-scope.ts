/**
 * `init`'s reading of a ledger's account / expense-type column, the strongest signal of what is
 * technology in a whole-company ledger: "Software Maintenance", "OTHER ICT COSTS", "(83610) IT
 * Costs", "Telephones Calls" are; "Rent", "Care Spot - Private (3rd)" are not; "Office
 * Equipment" or "Subscriptions" may hold some (unsure: left out, and listed for review).
 */
import type { Investment, Pool } from './schema.js';

export type AccountKind = 'telecom' | 'hardware' | 'software' | 'it-services';

export interface AccountCategory {
  kind: AccountKind;
  id: string;
  name: string;
  pool: Pool;
  investment: Investment;
}

/** The categories drafted from technology accounts, in the order they are written. */
export const ACCOUNT_CATEGORIES: readonly AccountCategory[] = [
  { kind: 'software', id: 'software-licences', name: 'Software & Licences', pool: 'software', investment: 'run' },
  { kind: 'hardware', id: 'it-hardware', name: 'IT Hardware & Devices', pool: 'hardware', investment: 'run' },
  { kind: 'telecom', id: 'telecoms', name: 'Telephony & Connectivity', pool: 'telecom', investment: 'run' },
  { kind: 'it-services', id: 'it-services', name: 'IT Services & Support', pool: 'outside-services', investment: 'run' },
];

// words that make an account technology, and which kind; the first that fits wins
const KINDS: readonly [RegExp, AccountKind][] = [
  [/\b(tele ?phon\w*|phon|centrex|telecom\w*|mobiles?|mobile phones?|broadband|internet|pagers?|pagrs|data lines?|network infrastructure)\b/i, 'telecom'],
  [/\bsoftware\b|\b(it|ict|computer|computing)\b.*\blicen[cs]\w*|\blicen[cs]\w*.*\b(it|ict|software)\b|\bsaas\b/i, 'software'],
  [/\bhardware\b|\b(pcs?|laptops?|servers?|peripherals?|printers?|scanners?)\b.*\b(it|ict|computer)\b|\b(it|ict|computer)\b.*\b(pcs?|laptops?|servers?|peripherals?|equipment|devices?)\b/i, 'hardware'],
  [/\b(it|ict)\b|\bcomput\w*|\binformation technology\b|\bdigital services?\b|\bcloud\b|\bhosting\b|\bdata processing\b/i, 'it-services'],
];

// words that may hide technology: not drafted in, listed for review
const UNSURE = /\b(equip\w*|subscriptions?|communications?|licen[cs]\w*|printing|peripherals?|security systems?|office machines?|electronic)\b/i;
// ... unless the name says what else it is (catering equipment, vehicle licences)
const PLAINLY_OTHER = /\b(catering|kitchen|grounds|garden|vehicles?|motor\w*|plant|clothing|uniforms?|safety|protective|medical|surgical|lab|laboratory|x ?ray|clinical|furniture|cleaning|sports?|playground|excise|permits?|alcohol|premises|tv)\b/i;

/**
 * The part of an account name before an "excluding ..." clause: "Learning Resources exc. IT
 * Equipment" and "LEARNING RESOURCE (NOT ICT) - SCHOOLS" are not IT.
 */
function withoutExclusions(account: string): string {
  return account.replace(/\b(exc|excl|excluding|except|non|not|other than)\b\.?[\s-].*$/i, '');
}

/** Technology (and which kind), unsure, or not technology (undefined), from an account's name. */
export function classifyAccount(account: string): AccountKind | 'unsure' | undefined {
  const text = withoutExclusions(account.trim());
  if (text === '') return undefined;
  for (const [re, kind] of KINDS) if (re.test(text)) return kind;
  // "IT" in capitals inside a longer name ("OTHER ICT COSTS", "IT Costs") is matched above; a
  // telephones clause cut by "excl" ("Telephones(excl mobiles...)") still names telephones
  if (UNSURE.test(text) && !PLAINLY_OTHER.test(text)) return 'unsure';
  return undefined;
}

/**
 * Vendor names that say technology ("CSC COMPUTER SCIENCES", "BYTES SOFTWARE SERVICES", "INCOM
 * TELECOMMUNICATIONS"): a weaker signal than the catalog, drafted in a ledger as a rule of its own.
 */
export const TECHNOLOGY_NAME_PATTERNS: readonly string[] = ['*COMPUTER*', '*SOFTWARE*', '*TELECOM*'];
const TECHNOLOGY_NAME = /computer|software|telecom/i;

export function namesTechnology(vendor: string): boolean {
  return TECHNOLOGY_NAME.test(vendor);
}
