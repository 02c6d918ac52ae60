import * as z from 'zod';
import { CARE_OPTION_CODES } from './care-options.ts';
import { WEEKDAYS } from './resource.ts';

// What the page may ask the resource worker; parsed on arrival (postMessage is a boundary).

const NEEDS = ['short-stay', 'home-nursing', 'day-development', 'after-school', 'consultation', 'nursery', 'school', 'doctor', 'device-supplier', 'shelter'] as const;
const IsoDate = z.iso.date();

export const MatchRequestSchema = z.object({
  child: z.object({
    careItems: z.array(z.enum(CARE_OPTION_CODES)).max(CARE_OPTION_CODES.length),
    age: z.number().min(0).max(99),
    municipalityCode: z.string().regex(/^\d{6}$/),
    location: z.object({ lat: z.number(), lng: z.number() }).nullable().optional(),
    consents: z.array(z.object({
      kind: z.enum(['use', 'provide']), areas: z.array(z.string()), date: IsoDate,
      expiresAt: IsoDate.nullable(), withdrawnAt: IsoDate.nullable(),
    })).max(50).optional(),
  }),
  needs: z.array(z.enum(NEEDS)).min(1).max(NEEDS.length),
  limits: z.object({
    requireVacancy: z.boolean().optional(),
    maxDistanceKm: z.number().min(0).max(500).nullable().optional(),
    days: z.array(z.enum(WEEKDAYS)).optional(),
    includeNeighbours: z.boolean().optional(),
    maxResults: z.int().min(1).max(500).optional(),
    maxNearMisses: z.int().min(0).max(100).optional(),
  }).optional(),
  today: IsoDate,
});

export const UnmetOptionsSchema = z.object({
  needs: z.array(z.enum(NEEDS)).min(1).optional(),
  includeNeighbours: z.boolean().optional(),
});

export const ColumnMappingSchema = z.array(z.string().nullable()).max(200);
export const CsvEncodingSchema = z.enum(['utf-8', 'shift_jis']);
