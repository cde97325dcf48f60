import { registerEnumType } from '@nestjs/graphql';
import { BudgetBand, EngagementStage, NeedHorizon, Reversibility, Role, SizeBand, Urgency } from '@orchestra/shared';

// Shared enums become GraphQL enums once, here, so every DTO can reference them.
registerEnumType(Role, { name: 'Role', description: 'What a user may do; CLIENT users are bound to one client.' });
registerEnumType(SizeBand, { name: 'SizeBand', description: 'Head-count band of a client company.' });
registerEnumType(EngagementStage, { name: 'EngagementStage', description: 'LEAD → DISCOVERY → ASSESSING → PROPOSING → ACTIVE → CLOSED, or LOST.' });
registerEnumType(NeedHorizon, { name: 'NeedHorizon', description: 'Whether the client needs the capability for a while or for good.' });
registerEnumType(Urgency, { name: 'Urgency' });
registerEnumType(BudgetBand, { name: 'BudgetBand' });
registerEnumType(Reversibility, { name: 'Reversibility', description: 'ONE_WAY decisions are costly to walk back; TWO_WAY ones are cheap.' });

export { BudgetBand, EngagementStage, NeedHorizon, Reversibility, Role, SizeBand, Urgency };
