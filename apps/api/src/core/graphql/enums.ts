import { registerEnumType } from '@nestjs/graphql';
import { Role, SizeBand } from '@orchestra/shared';

// Shared enums become GraphQL enums once, here, so every DTO can reference them.
registerEnumType(Role, { name: 'Role', description: 'What a user may do; CLIENT users are bound to one client.' });
registerEnumType(SizeBand, { name: 'SizeBand', description: 'Head-count band of a client company.' });

export { Role, SizeBand };
