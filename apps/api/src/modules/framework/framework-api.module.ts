import { Module } from '@nestjs/common';
import { FrameworkEditorResolver } from './framework-editor.resolver.js';
import { FrameworkModule } from './framework.module.js';
import {
  AssessmentTemplateReadResolver,
  CapabilityAreaReadResolver,
  CapabilityFrameworkReadResolver,
  CapabilityFrameworkResolver,
  CapabilityReadResolver,
  CapabilityResolver,
  QuestionReadResolver,
  QuestionResolver,
} from './framework.resolver.js';

/** Framework resolvers (the API process only). */
@Module({
  imports: [FrameworkModule],
  providers: [
    FrameworkEditorResolver,
    CapabilityFrameworkReadResolver,
    CapabilityAreaReadResolver,
    CapabilityReadResolver,
    AssessmentTemplateReadResolver,
    QuestionReadResolver,
    CapabilityFrameworkResolver,
    CapabilityResolver,
    QuestionResolver,
  ],
})
export class FrameworkApiModule {}
