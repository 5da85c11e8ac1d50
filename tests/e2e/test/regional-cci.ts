import type { DashboardStack } from './dashboard-stack.js';

/** A declaration as the region reviews it (the read API's campaign review, one CCI's line). */
export type ReviewedDeclaration = {
  indicatorId: string;
  state: string;
  value: number | null;
  declaredVersion: number | null;
};

type CampaignReview = {
  campaign: { counts: { expected: number; validated: number } };
  ccis: { cci: { id: string }; declarations: ReviewedDeclaration[] }[];
};

/**
 * CCI Normandie's own system, acting with its machine key on the APIs directly (as a regional CCI's
 * tools do, not through the dashboard): reads a campaign's review, sends a declaration back, closes.
 */
export class RegionalCci {
  constructor(private readonly stack: DashboardStack) {}

  private get key(): string {
    const key = this.stack.machineKeys.get('cci-normandie');
    if (!key) throw new Error('Pas de clé pour CCI Normandie');
    return key;
  }

  async review(period: string): Promise<CampaignReview> {
    const response = await fetch(`${this.stack.readApiUrl}/v1/regions/normandie/campaigns/${period}`, {
      headers: { authorization: `Bearer ${this.key}` },
    });
    if (!response.ok) throw new Error(`Revue ${period} : ${response.status} ${await response.text()}`);
    return (await response.json()) as CampaignReview;
  }

  async declaration(cciId: string, indicatorId: string, period: string): Promise<ReviewedDeclaration> {
    const review = await this.review(period);
    const found = review.ccis
      .find((c) => c.cci.id === cciId)
      ?.declarations.find((d) => d.indicatorId === indicatorId);
    if (!found) throw new Error(`Aucune déclaration ${cciId} ${indicatorId} ${period} dans la revue`);
    return found;
  }

  /** Waits until the review shows the declaration as `holds` says (the projection follows the log). */
  async declarationOnceIt(
    cciId: string,
    indicatorId: string,
    period: string,
    holds: (declaration: ReviewedDeclaration) => boolean,
  ): Promise<ReviewedDeclaration> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const declaration = await this.declaration(cciId, indicatorId, period);
      if (holds(declaration) || Date.now() > deadline) return declaration;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async sendBack(cciId: string, indicatorId: string, period: string, comment: string): Promise<void> {
    const { declaredVersion } = await this.declarationOnceIt(
      cciId,
      indicatorId,
      period,
      (d) => d.state === 'declaree',
    );
    await this.command('send-back-declaration', { cciId, indicatorId, period, declaredVersion, comment });
  }

  /** Closes the campaign, acknowledging every expected declaration it has not validated. */
  async close(period: string): Promise<void> {
    const { counts } = (await this.review(period)).campaign;
    await this.command('close-campaign', {
      regionId: 'normandie',
      period,
      acknowledgedMissing: counts.expected - counts.validated,
    });
  }

  private async command(name: string, body: unknown): Promise<void> {
    const response = await fetch(`${this.stack.ingestApiUrl}/v1/commands/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${name} : ${response.status} ${await response.text()}`);
  }
}
