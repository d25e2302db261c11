import { describe, expect, it } from 'vitest';
import { classifyAccount } from '../../src/config/draft-scope.js';

describe("init's reading of an account / expense-type name", () => {
  it.each([
    ['Software Maintenance', 'software'],
    ['Computer Software/License', 'software'],
    ['IT Licences', 'software'],
    ['OTHER ICT COSTS', 'it-services'],
    ['IT Services', 'it-services'],
    ['Computing Other', 'it-services'],
    ['(83610) IT Costs', 'it-services'],
    ['Computer Hardware', 'hardware'],
    ['ICT Hardware - Servers, PC\'s, Laptops', 'hardware'],
    ['Telecommunications', 'telecom'],
    ['Telephones(excl mobiles and smart phone)', 'telecom'],
    ['Mobiles/Radios/Pagrs', 'telecom'],
    ['Phon NonCentrx Lines', 'telecom'],
    ['Office Equipment', 'unsure'],
    ['Subscriptions', 'unsure'],
    ['Printing & Design', 'unsure'],
    ['Rent', undefined],
    ['Care Spot - Private (3rd)', undefined],
    ['Learning Resources exc. IT Equipment', undefined],
    // Lambeth's own expense type: "not ICT" says what it is not
    ['LEARNING RESOURCE (NOT ICT) - SCHOOLS', undefined],
    ['Equipment other than IT', 'unsure'],
    ['Non-ICT Consumables', undefined],
    ['IT Costs not recharged', 'it-services'],
    ['Catering Equipment', undefined],
    ['Vehicle Excise Lics', undefined],
    ['Licences & Permits', undefined],
    ['Software Licences & Support', 'software'],
    ['', undefined],
  ])('%s → %s', (account, kind) => {
    expect(classifyAccount(account)).toBe(kind);
  });
});
