import { describe, expect, it } from 'vitest';
import { toDisasterRow } from '../../../src/domain/disaster-row.ts';
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
});
