import { splitByVacancy } from '../../domain/match-availability.ts';
import { useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { getResource, linkResourceToCase } from '../../db/resources.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { caseHref } from '../router.ts';
import { triggerSync } from '../sync/sync-controller.ts';
import { MatchCard } from './match-card.tsx';
import { MatchFormFields } from './match-form.tsx';
import { mt } from './match-messages.ts';
import { useMatchForm, useMatchResult } from './use-match.ts';
import '../resources/resources.css';

/** 必要な資源マッチング: a case's needs (or typed ones) against the directory, with reasons and near misses. */
export function MatchScreen({ caseId }: { caseId: string | null }) {
  const { record, form, setForm } = useMatchForm(caseId);
  const { result, isBusy, error } = useMatchResult(form, record);
  const nameOf = useMunicipalityNames();
  const [linking, setLinking] = useState<string | null>(null);
  const [linked, setLinked] = useState<ReadonlySet<string>>(new Set());

  if (record === undefined) return <p role="status">{mt('searching')}</p>;
  const { open, full } = splitByVacancy(result?.matches ?? []);
  const team = new Set([...(record?.careTeam.map((m) => m.resourceId) ?? []), ...linked]);

  async function handleLink(resourceId: string) {
    if (!caseId) return;
    setLinking(resourceId);
    const resource = await getResource(getDb(), resourceId);
    if (resource && (await linkResourceToCase(getDb(), caseId, resource))) {
      setLinked((current) => new Set([...current, resourceId]));
      triggerSync();
    }
    setLinking(null);
  }
  const linkFor = (resourceId: string) =>
    caseId ? { isLinked: team.has(resourceId), isBusy: linking === resourceId, onLink: () => void handleLink(resourceId) } : undefined;

  return (
    <section class="match-screen" aria-labelledby="match-title">
      {caseId && <p><a href={caseHref(caseId)}>{mt('back')}</a></p>}
      <h1 id="match-title">{record ? mt('titleFor', { name: record.name }) : mt('title')}</h1>
      <p class="muted">{mt('lead')}</p>
      <MatchFormFields form={form} onChange={setForm} />
      {error && <p class="error" role="alert">{error}</p>}
      <div aria-live="polite">
        {isBusy && <p role="status">{mt('searching')}</p>}
        {result && (
          <>
            <p class="muted">{mt('considered', { n: result.considered })}</p>
            {result.matches.length === 0 && <p>{mt('none')}</p>}
            <h2>{mt('results', { n: open.length })}</h2>
            <p class="muted">{mt('resultsLead')}</p>
            <ul class="match-list" data-testid="matches">
              {open.map((item) => <MatchCard key={item.resourceId} item={item} nameOf={nameOf} link={linkFor(item.resourceId)} />)}
            </ul>
            {full.length > 0 && (
              <>
                <h2>{mt('full', { n: full.length })}</h2>
                <p class="muted">{mt('fullLead')}</p>
                <ul class="match-list" data-testid="full-matches">
                  {full.map((item) => <MatchCard key={item.resourceId} item={item} nameOf={nameOf} link={linkFor(item.resourceId)} />)}
                </ul>
              </>
            )}
            <h2>{mt('near', { n: result.nearMisses.length })}</h2>
            <p class="muted">{mt('nearLead')}</p>
            <ul class="match-list">
              {result.nearMisses.map((item) => <MatchCard key={item.resourceId} item={item} nameOf={nameOf} />)}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
