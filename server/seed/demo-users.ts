import type { User } from '../../src/schema/session.ts';
import { DEMO_CODES, KAMAKURA, MIURA, YOKOSUKA } from './places.ts';

export const DEMO_PASSWORD = 'tsunagu-demo';

export type DemoAccount = User & { username: string; areaLabel: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { id: 'user-yokosuka', username: 'yokosuka', name: '横須賀 コーディネーター', role: 'coordinator', areas: [YOKOSUKA], areaLabel: '横須賀市' },
  { id: 'user-miura', username: 'miura', name: '三浦 コーディネーター', role: 'coordinator', areas: [MIURA], areaLabel: '三浦市' },
  { id: 'user-kamakura', username: 'kamakura', name: '鎌倉 コーディネーター', role: 'coordinator', areas: [KAMAKURA], areaLabel: '鎌倉市' },
  { id: 'user-supervisor', username: 'supervisor', name: '県 担当者', role: 'supervisor', areas: [...DEMO_CODES], areaLabel: '全域（集計のみ）' },
  { id: 'user-admin', username: 'admin', name: '管理者', role: 'admin', areas: ['*'], areaLabel: 'すべて' },
];
