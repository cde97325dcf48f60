import { Module } from '@nestjs/common';
import { fileURLToPath } from 'node:url';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../logging/logging.module.js';
import { createErrorFormatter } from './error-formatter.js';
import { graphqlParseOptions, graphqlValidationRules, limitVariableDepth, requireGraphQLText, withQueryLimitMessages } from './query-limits.js';
import { RequestLoaders, type GqlContext } from './request-loaders.js';

/** Where the printed schema lives, next to the API's package.json. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema.gql', import.meta.url));

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => {
        return {
          path: '/graphql',
          // The SDL is committed (apps/api/schema.gql): the admin builds against it, so production can
          // keep introspection off. Development boots rewrite it; a test fails when it is stale.
          autoSchemaFile: config.NODE_ENV === 'development' ? SCHEMA_FILE : true,
          sortSchema: true,
          graphiql: config.NODE_ENV === 'development',
          // graphql-jit compiles a query after it has been seen once.
          jit: 1,
          allowBatchedQueries: false,
          csrfPrevention: true,
          // Query limits: a token limit at parse time, then depth, aliases, cost and directives
          // as validation rules. The array form keeps Mercurius's query cache on (a function
          // form disables it).
          graphql: { parseOptions: graphqlParseOptions(config) },
          validationRules: graphqlValidationRules(config),
          hooks: { preParsing: [limitVariableDepth], preValidation: [requireGraphQLText] },
          errorFormatter: withQueryLimitMessages(
            createErrorFormatter(logger, {
              production: config.isProduction,
              development: config.NODE_ENV === 'development',
            }),
          ),
          context: (req: FastifyRequest, reply: FastifyReply): GqlContext => ({
            req: req as GqlContext['req'],
            reply,
            loaders: new RequestLoaders(req as GqlContext['req']),
          }),
        };
      },
    }),
  ],
})
export class GraphQLModule {}
