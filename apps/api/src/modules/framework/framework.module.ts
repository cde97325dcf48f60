import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworkEditorService } from './framework-editor.service.js';
import { AssessmentTemplate, Capability, CapabilityArea, CapabilityFramework, Question } from './framework.entities.js';
import { FrameworkService } from './framework.service.js';

/** Capability frameworks, their areas and capabilities, questionnaires and questions, and their editing. */
@Module({
  imports: [TypeOrmModule.forFeature([CapabilityFramework, CapabilityArea, Capability, AssessmentTemplate, Question])],
  providers: [FrameworkService, FrameworkEditorService],
  exports: [FrameworkService, FrameworkEditorService],
})
export class FrameworkModule {}
