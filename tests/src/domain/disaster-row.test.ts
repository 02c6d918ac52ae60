import { describe, expect, it } from 'vitest';
import { callOrder, toDisasterRow } from '../../../src/domain/disaster-row.ts';
import { DeviceSchema } from '../../../src/schema/case.ts';
import { makeCase } from '../../fixtures/records.ts';

describe('toDisasterRow', () => {
  it('keeps only what a compact card and triage need: powered devices, destination, the first number to call', () => {
    const record = makeCase({
      phone: '',
      guardians: [{ name: '試験 母', relation: '母', phone: '' }, { name: '試験 父', relation: '父', phone: '090-0000-0001' }],
      devices: [DeviceSchema.parse({ id: 'v', type: 'ventilator', internalBatteryHours: 6 }), DeviceSchema.parse({ id: 'b', type: 'other', needsPower: false })],
      careTeam: [
        { role: 'consultation', name: '相談', resourceId: '11111111-1111-4111-8111-111111111111', phone: '046-000-0000' },
        { role: 'hospital', name: '病院', resourceId: '22222222-2222-4222-8222-222222222222', phone: '046-000-0001' },
      ],
    });
    const row = toDisasterRow(record);
    expect(row.poweredDevices.map((d) => d.id)).toEqual(['v']);
    expect(row.firstContact).toEqual({ name: '試験 父', relation: '父', phone: '090-0000-0001' });
    expect(row.facilityIds).toEqual(['22222222-2222-4222-8222-222222222222']);
    expect(toDisasterRow({ ...record, phone: '046-111-1111' }).firstContact).toEqual({ name: '', relation: '', phone: '046-111-1111' });
  });

  it('calls the hospital first for a child in hospital, then the guardians, and the empty home last', () => {
    const record = makeCase({
      phone: '046-111-1111', livingSituation: 'hospital',
      guardians: [{ name: '試験 母', relation: '母', phone: '090-0000-0002' }],
      careTeam: [
        { role: 'home-nurse', name: '訪問看護', resourceId: null, phone: '046-000-0002' },
        { role: 'hospital', name: '病院', resourceId: null, phone: '046-000-0001' },
      ],
    });
    expect(callOrder(record).map((contact) => contact.phone)).toEqual(['046-000-0001', '090-0000-0002', '046-000-0002', '046-111-1111']);
    expect(toDisasterRow(record)).toMatchObject({ livingSituation: 'hospital', firstContact: { name: '病院', phone: '046-000-0001' } });
    expect(callOrder({ ...record, livingSituation: 'home' })[0]!.phone).toBe('046-111-1111');
  });
});
