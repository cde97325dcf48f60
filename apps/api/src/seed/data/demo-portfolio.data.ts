/** The demo portfolio: clients, engagements and decisions (data only; demo-portfolio.ts writes it). */
import { EngagementStage, type BudgetBand, type NeedHorizon, type SizeBand, type Urgency } from '@orchestra/shared';
import { DEMO_CLIENT_NAME } from '../demo-data.js';

export interface ClientSeed {
  name: string;
  industry: string;
  sizeBand: SizeBand;
  region: string;
  timeZone: string;
  hours: [string, string];
  contacts: [name: string, email: string, title: string][];
}

export const CLIENTS: ClientSeed[] = [
  { name: DEMO_CLIENT_NAME, industry: 'Logistics', sizeBand: 'S_1001_5000', region: 'Nordics', timeZone: 'Europe/Stockholm', hours: ['09:00', '16:00'], contacts: [
    ['Nora Lind', 'cto@northwind.example', 'CTO'], ['Erik Holm', 'erik.holm@northwind.example', 'Head of Platform'], ['Sara Berg', 'sara.berg@northwind.example', 'Engineering Manager'] ] },
  { name: 'Helix Health', industry: 'Healthcare', sizeBand: 'S_201_1000', region: 'UK', timeZone: 'Europe/London', hours: ['09:30', '17:00'], contacts: [
    ['Priya Shah', 'priya.shah@helix.example', 'VP Engineering'], ['Tom Reid', 'tom.reid@helix.example', 'Staff Engineer'], ['Amara Okafor', 'amara.okafor@helix.example', 'Product Director'] ] },
  { name: 'Quanta Payments', industry: 'Fintech', sizeBand: 'S_51_200', region: 'DACH', timeZone: 'Europe/Berlin', hours: ['09:00', '17:00'], contacts: [
    ['Lukas Meyer', 'lukas.meyer@quanta.example', 'CTO'], ['Jana Novak', 'jana.novak@quanta.example', 'Security Lead'] ] },
  { name: 'Riverbend Retail', industry: 'Retail', sizeBand: 'S_5000_PLUS', region: 'US East', timeZone: 'America/New_York', hours: ['09:00', '17:00'], contacts: [
    ['Marcus Hill', 'marcus.hill@riverbend.example', 'Chief Digital Officer'], ['Dana Cole', 'dana.cole@riverbend.example', 'Director of Data'], ['Ivy Chen', 'ivy.chen@riverbend.example', 'Engineering Manager'] ] },
  { name: 'Solstice Energy', industry: 'Energy', sizeBand: 'S_1001_5000', region: 'Iberia', timeZone: 'Europe/Madrid', hours: ['08:30', '15:30'], contacts: [
    ['Lucía Romero', 'lucia.romero@solstice.example', 'Head of IT'], ['Pablo Ruiz', 'pablo.ruiz@solstice.example', 'Architect'] ] },
  { name: 'Kestrel Robotics', industry: 'Manufacturing', sizeBand: 'S_1_50', region: 'Australia', timeZone: 'Australia/Sydney', hours: ['08:00', '16:00'], contacts: [
    ['Aiden Walsh', 'aiden.walsh@kestrel.example', 'Founder & CEO'], ['Mei Tanaka', 'mei.tanaka@kestrel.example', 'Lead Engineer'] ] },
];

export interface EngagementSeed {
  client: string;
  title: string;
  need: string;
  stage: EngagementStage;
  horizon: NeedHorizon;
  urgency: Urgency;
  budget: BudgetBand;
  /** Start, in days from today (negative: in the past). */
  start: number | null;
  weeks: number | null;
}

export const ENGAGEMENTS: EngagementSeed[] = [
  { client: DEMO_CLIENT_NAME, title: 'Platform team rescue', need: 'Our platform team is drowning in AI-generated pull requests and no one owns the architecture any more. Reviews take days and incidents are up.', stage: 'ASSESSING', horizon: 'UNKNOWN', urgency: 'HIGH', budget: 'FROM_150K_TO_500K', start: -20, weeks: 16 },
  { client: DEMO_CLIENT_NAME, title: 'Route-planning data platform', need: 'Route planning still runs on nightly batch jobs; dispatch wants live data and we have no data engineers who have built streaming before.', stage: 'LEAD', horizon: 'PERMANENT', urgency: 'MEDIUM', budget: 'UNKNOWN', start: null, weeks: null },
  { client: 'Helix Health', title: 'Release practice reset', need: 'Every release needs a weekend and a war room. Regulators ask for traceability we cannot show.', stage: 'ACTIVE', horizon: 'TEMPORARY', urgency: 'HIGH', budget: 'FROM_50K_TO_150K', start: -75, weeks: 20 },
  { client: 'Helix Health', title: 'Clinical app architecture review', need: 'Three teams build on one shared database and every change breaks someone else. Should we split it, and how?', stage: 'CLOSED', horizon: 'TEMPORARY', urgency: 'MEDIUM', budget: 'UNDER_50K', start: -200, weeks: 6 },
  { client: 'Quanta Payments', title: 'Security engineering lead', need: 'We passed our first PCI audit with consultants holding our hand; we need someone in-house who owns security for good.', stage: 'PROPOSING', horizon: 'PERMANENT', urgency: 'HIGH', budget: 'FROM_150K_TO_500K', start: -10, weeks: null },
  { client: 'Quanta Payments', title: 'AI coding assistant rollout', need: 'Half the engineers use AI assistants, half refuse; nobody reviews what the assistants write and legal is nervous.', stage: 'DISCOVERY', horizon: 'TEMPORARY', urgency: 'MEDIUM', budget: 'UNDER_50K', start: 5, weeks: 8 },
  { client: 'Riverbend Retail', title: 'Checkout replatforming', need: 'The checkout monolith caps us at 400 orders a minute and Black Friday is in eleven weeks.', stage: 'ACTIVE', horizon: 'TEMPORARY', urgency: 'HIGH', budget: 'OVER_500K', start: -40, weeks: 24 },
  { client: 'Riverbend Retail', title: 'Data team build-out', need: 'We have forty dashboards and nobody trusts any of them. We want a permanent data team with a lead who sets standards.', stage: 'ASSESSING', horizon: 'PERMANENT', urgency: 'MEDIUM', budget: 'FROM_150K_TO_500K', start: -15, weeks: null },
  { client: 'Solstice Energy', title: 'Cloud migration plan', need: 'Our data centre lease ends next year; we have two hundred VMs and no idea which ones matter.', stage: 'LOST', horizon: 'TEMPORARY', urgency: 'LOW', budget: 'FROM_50K_TO_150K', start: null, weeks: null },
  { client: 'Solstice Energy', title: 'Grid telemetry pipeline', need: 'Sensor data arrives late and out of order; operators make decisions on numbers that are hours old.', stage: 'DISCOVERY', horizon: 'UNKNOWN', urgency: 'HIGH', budget: 'FROM_150K_TO_500K', start: 14, weeks: 12 },
  { client: 'Kestrel Robotics', title: 'First engineering manager', need: 'Eight engineers report to the founder; nothing gets planned and two seniors are about to leave.', stage: 'PROPOSING', horizon: 'PERMANENT', urgency: 'HIGH', budget: 'FROM_50K_TO_150K', start: -5, weeks: null },
  { client: 'Kestrel Robotics', title: 'Firmware delivery flow', need: 'Firmware builds take two hours and only one person knows how to release to the robots in the field.', stage: 'LEAD', horizon: 'TEMPORARY', urgency: 'LOW', budget: 'UNDER_50K', start: null, weeks: null },
];

export const DECISIONS: { engagement: string; title: string; context: string; decision: string; alternatives: string; reversibility: 'ONE_WAY' | 'TWO_WAY'; revisitInDays: number | null }[] = [
  { engagement: 'Platform team rescue', title: 'Assess before staffing', context: 'The client asked for two senior engineers at once.', decision: 'Run the capability assessment first; staff only the gaps it shows.', alternatives: 'Place two seniors now and review later.', reversibility: 'TWO_WAY', revisitInDays: 3 },
  { engagement: 'Release practice reset', title: 'Trunk-based development', context: 'Long-lived branches cause the weekend merges.', decision: 'Move all teams to trunk-based development with feature flags.', alternatives: 'Release trains every two weeks.', reversibility: 'TWO_WAY', revisitInDays: 5 },
  { engagement: 'Checkout replatforming', title: 'Keep the monolith through Black Friday', context: 'Eleven weeks are too few to split the checkout safely.', decision: 'Scale the monolith vertically for the peak; extract payments in Q1.', alternatives: 'Extract payments before the peak.', reversibility: 'ONE_WAY', revisitInDays: 30 },
  { engagement: 'Security engineering lead', title: 'Hire rather than augment', context: 'Security ownership is a permanent need and the budget allows a lead.', decision: 'Recruit a permanent security engineering lead; bridge with a four-week review.', alternatives: 'Augment with a contractor for six months.', reversibility: 'ONE_WAY', revisitInDays: null },
  { engagement: 'Clinical app architecture review', title: 'Split the shared database by domain', context: 'Three teams share one schema.', decision: 'Split into three schemas owned by each team, with published read models.', alternatives: 'Keep one database and add a change-review board.', reversibility: 'ONE_WAY', revisitInDays: null },
];
