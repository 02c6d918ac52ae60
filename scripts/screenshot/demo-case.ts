import type { CaseFields } from '../../src/schema/case.ts';

/** A fictitious child for the documentation screenshot (no real person). */
export const DEMO_CASE: Partial<CaseFields> = {
  name: '見本 さくら', nameKana: 'みほん さくら', birthDate: '2018-07-14', sex: 'female', municipalityCode: '142018',
  postcode: '238-0000', address: '横須賀市見本町1丁目2-3', phone: '046-000-0000', livingSituation: 'home',
  school: '県立みほん特別支援学校（訪問学級）', meisId: 'MEIS-DEMO-000001',
  guardians: [{ name: '見本 はるか', relation: '母', phone: '090-0000-0001' }, { name: '見本 たかし', relation: '父', phone: '090-0000-0002' }],
  siblings: [{ name: '見本 そら', age: '小学3年', supportNeeds: '母が付き添いで不在の日の見守り、学校行事への参加' }],
  emergencyContacts: [{ name: '見本 ふみ', relation: '祖母', phone: '090-0000-0003' }],
  careItems: [
    { option: 'ventilator', watch: 'high', details: [] },
    { option: 'tracheostomy', watch: 'high', details: [] },
    { option: 'suction', watch: 'high', details: ['oral', 'tracheal'] },
    { option: 'tube-gastric', watch: 'low', details: ['gastrostomy'] },
  ],
  diagnoses: ['脊髄性筋萎縮症（架空の例）'], medications: ['カルボシステイン'], allergies: [],
  devices: [
    { id: 'demo-ventilator', type: 'ventilator', maker: 'デモ医療機器', model: 'VE-100', internalBatteryHours: 6, externalBatteryHours: 8, spareBatteries: 1, spareBatteryDates: ['2026-03-01'], needsPower: true },
    { id: 'demo-suction', type: 'suction', maker: 'サンプルメディカル', model: 'SU-20', internalBatteryHours: 1, externalBatteryHours: 0, spareBatteries: 0, spareBatteryDates: [], needsPower: true },
  ],
  powerPlan: [{ kind: 'external-battery', note: '' }, { kind: 'storage-battery', note: '1500Wh' }, { kind: 'car', note: 'シガーソケット用インバーター' }],
  hasResuscitationBag: true,
  careTeam: [
    { role: 'doctor', name: 'みほんこども医療センター 小児科 架空医師', resourceId: null, phone: '046-000-1000' },
    { role: 'home-nurse', name: '訪問看護ステーション みほん', resourceId: null, phone: '046-000-2000' },
  ],
  evacuationPlan: {
    helpers: [{ name: '見本 一郎', relation: '近隣住民', phone: '090-0000-0004' }], transport: '福祉タクシー（事前登録）',
    destination: 'hospital', destinationName: 'みほんこども医療センター', route: '海沿いの道は津波警報時に使わない',
    carry: '予備バッテリー、手動式吸引器、経管栄養剤3日分、お薬手帳、蘇生バッグ', reviewedAt: '2026-04-20',
  },
  consents: [],
  notes: '',
};
