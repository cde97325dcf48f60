import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentTemplate, Capability, CapabilityArea, CapabilityFramework, Question } from './framework.entities.js';
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
import { FrameworkEditorResolver } from './framework-editor.resolver.js';
import { FrameworkEditorService } from './framework-editor.service.js';
import { FrameworkService } from './framework.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CapabilityFramework, CapabilityArea, Capability, AssessmentTemplate, Question])],
  providers: [
    FrameworkService,
    FrameworkEditorService,
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
  exports: [FrameworkService],
})
export class FrameworkModule {}
