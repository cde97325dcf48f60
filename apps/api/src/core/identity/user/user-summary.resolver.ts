import { Resolver } from '@nestjs/graphql';
import { Permission } from '@orchestra/shared';
import { UserFilter } from './dto/user.args.js';
import { UserSummaryType } from './dto/user-summary.type.js';
import { UserDirectoryService } from './user-directory.service.js';
import { ReadResolver } from '../../graphql/list/read-resolver.js';

@Resolver(() => UserSummaryType)
export class UserSummaryResolver extends ReadResolver({ name: 'UserSummary', plural: 'UserSummaries', type: UserSummaryType, filter: UserFilter, permission: Permission.DIRECTORY_READ, service: UserDirectoryService, listDescription: 'E.g. filter { role: CONSULTANT, active: true } for owners.' }) {}
