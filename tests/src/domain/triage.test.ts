import { describe, expect, it } from 'vitest';
import { toDisasterCase } from '../../../src/domain/disaster-access.ts';
import { toDisasterRow } from '../../../src/domain/disaster-row.ts';
import { hoursSince, isPowerDependent, runwayBand, triageCases } from '../../../src/domain/triage.ts';
import { DeviceSchema, type Device } from '../../../src/schema/case.ts';
import { makeCase } from '../../fixtures/records.ts';

const OUTAGE = '2026-09-01T06:00:00+09:00';
const NOW = new Date('2026-09-01T10:00:00+09:00'); // four hours into the outage
const TODAY = '2026-09-01';

const device = (type: Device['type'], internalBatteryHours: number, overrides: Partial<Device> = {}) =>
  DeviceSchema.parse({ id: `${type}-${internalBatteryHours}`, type, internalBatteryHours, ...overrides });

const child = (name: string, devices: Device[], overrides = {}) =>
  toDisasterRow(toDisasterCase(makeCase({ name, nameKana: name, devices, ...overrides })));

const names = (list: { row: { name: string } }[]) => list.map((item) => item.row.name);

describe('triageCases', () => {
  it('puts a ventilator child with 2 hours left before an oxygen child with 10', () => {
    const ventilator = child('呼吸器', [device('ventilator', 6)]); // 6 h battery − 4 h = 2 h
    const oxygen = child('酸素', [device('oxygen-concentrator', 14)]); // 14 − 4 = 10 h
    const list = triageCases([oxygen, ventilator], OUTAGE, NOW, TODAY);
    expect(names(list)).toEqual(['呼吸器', '酸素']);
    expect(list.map((item) => item.runway)).toEqual([2, 10]);
  });

  it('counts an oxygen concentrator\'s cylinders at home: with 12 h of 酸素ボンベ it is no longer first in line', () => {
    const ventilator = child('呼吸器', [device('ventilator', 6)]); // 2 h left
    const withoutCylinders = child('ボンベなし', [device('oxygen-concentrator', 0)]); // stops with the mains
    const withCylinders = child('ボンベあり', [device('oxygen-concentrator', 0, { cylinderHours: 12 })]); // 12 − 4 = 8 h
    const list = triageCases([withCylinders, ventilator, withoutCylinders], OUTAGE, NOW, TODAY);
    expect(names(list)).toEqual(['ボンベなし', '呼吸器', 'ボンベあり']);
    expect(list.map((item) => item.runway)).toEqual([-4, 2, 8]);
  });

  it('counts the runway from the outage: battery hours (internal, external, spares) minus hours since', () => {
    const [item] = triageCases([child('A', [device('ventilator', 3, { externalBatteryHours: 5, spareBatteries: 2 })])], OUTAGE, NOW, TODAY);
    expect(item!.devices[0]).toMatchObject({ totalHours: 18, hoursLeft: 14 });
    expect(hoursSince(OUTAGE, new Date('2026-09-01T05:00:00+09:00'))).toBe(0);
  });

  it('orders by band, then dependence: an oxygen child out of battery before a ventilator child with three days', () => {
    const list = triageCases([
      child('呼吸器72h', [device('ventilator', 80)]),
      child('酸素0h', [device('oxygen-concentrator', 3)]),
      child('吸引5h', [device('suction', 9)]),
      child('呼吸器5h', [device('ventilator', 9)]),
      child('電源なし', []),
      child('気切のみ', [], { careItems: [{ option: 'tracheostomy', watch: 'low', details: [] }] }),
    ], OUTAGE, NOW, TODAY);
    // 気切のみ: suction implied, no device recorded — its hours are unknown, so it is asked about among the urgent.
    expect(names(list)).toEqual(['酸素0h', '呼吸器5h', '吸引5h', '気切のみ', '呼吸器72h', '電源なし']);
    expect(list.map((item) => item.band)).toEqual([0, 1, 1, 1, 4, 4]);
  });

  it('takes the shortest-running powered device as the runway and ignores unpowered ones', () => {
    const [item] = triageCases([child('A', [device('feeding-pump', 8), device('ventilator', 30), device('monitor', 1, { needsPower: false })])], OUTAGE, NOW, TODAY);
    expect(item!.runway).toBe(4);
    expect(item!.tier).toBe(0);
    expect(item!.devices.map((d) => d.device.type)).toEqual(['ventilator', 'feeding-pump']);
  });

  it('sorts by runway or by address for a route when asked', () => {
    const a = child('A', [device('suction', 5)], { address: '横須賀市本町1' });
    const b = child('B', [device('ventilator', 50)], { address: '横須賀市汐入町2' });
    const c = child('C', [device('ventilator', 5)], { address: '横須賀市本町3' });
    expect(names(triageCases([b, a], OUTAGE, NOW, TODAY, 'runway'))).toEqual(['A', 'B']);
    // One 町名 together, in house-number order within it: a walking route.
    const route = names(triageCases([a, b, c], OUTAGE, NOW, TODAY, 'address'));
    expect(route.indexOf('C') - route.indexOf('A')).toBe(1);
  });

  it('bands runways at 0, 6, 24 and 72 hours', () => {
    expect([-1, 0, 0.5, 6, 23.9, 24, 71, 72, null].map(runwayBand)).toEqual([0, 0, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('puts a child in hospital after the children at home of the same dependence, with no runway of their own', () => {
    const list = triageCases([
      child('入院中の呼吸器', [device('ventilator', 2)], { livingSituation: 'hospital' }), // at home: out of battery
      child('在宅酸素80h', [device('oxygen-concentrator', 84)]),
      child('在宅呼吸器80h', [device('ventilator', 84)]),
      child('在宅呼吸器5h', [device('ventilator', 9)]),
    ], OUTAGE, NOW, TODAY);
    expect(names(list)).toEqual(['在宅呼吸器5h', '在宅呼吸器80h', '入院中の呼吸器', '在宅酸素80h']);
    expect(list[2]).toMatchObject({ isInHospital: true, runway: null, band: 4, tier: 0 });
    expect(list.filter(isPowerDependent)).toHaveLength(4);
    expect(names(triageCases(list.map((item) => item.row), OUTAGE, NOW, TODAY, 'runway')).at(-1)).toBe('入院中の呼吸器');
  });

  it('reads a stored row without 生活の場 (written before it was kept) as at home', () => {
    const { livingSituation: _dropped, ...old } = child('古い行', [device('ventilator', 2)], { livingSituation: 'hospital' });
    const [item] = triageCases([old], OUTAGE, NOW, TODAY);
    expect(item).toMatchObject({ isInHospital: false, band: 0 });
  });

  it('counts a child as power-dependent by a powered device or by care that implies one, even with no device recorded', () => {
    const list = triageCases([
      child('機器あり', [device('suction', 5)]),
      child('呼吸器ケアのみ', [], { careItems: [{ option: 'ventilator', watch: 'high', details: [] }] }),
      child('電源なし', []),
    ], OUTAGE, NOW, TODAY);
    expect(list.filter(isPowerDependent).map((item) => item.row.name).sort()).toEqual(['呼吸器ケアのみ', '機器あり'].sort());
  });

  it('puts a child whose care needs power but whose devices were never recorded among the urgent, not at 72 h or more', () => {
    const list = triageCases([
      child('呼吸器72h', [device('ventilator', 80)]),
      child('呼吸器・機器未登録', [], { careItems: [{ option: 'ventilator', watch: 'high', details: [] }] }),
      child('酸素3h', [device('oxygen-concentrator', 7)]),
      child('入院中・機器未登録', [], { careItems: [{ option: 'ventilator', watch: 'high', details: [] }], livingSituation: 'hospital' }),
      child('電源なし', []),
    ], OUTAGE, NOW, TODAY);
    expect(names(list)).toEqual(['呼吸器・機器未登録', '酸素3h', '呼吸器72h', '入院中・機器未登録', '電源なし']);
    expect(list.map((item) => [item.band, item.isRunwayUnknown])).toEqual([[1, true], [1, false], [4, false], [4, false], [4, false]]);
  });
});
