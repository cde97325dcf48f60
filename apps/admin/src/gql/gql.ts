/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment TemplateRecord on AssessmentTemplate {\n    id\n    frameworkId\n    name\n    description\n    estimatedMinutes\n  }\n": typeof types.TemplateRecordFragmentDoc,
    "\n  mutation PublishAssessmentReport($id: ID!, $idempotencyKey: String) {\n    publishAssessmentReport(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishAssessmentReportDocument,
    "\n  query ReportRecipients($assessmentId: ID!) {\n    reportRecipients(assessmentId: $assessmentId) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ReportRecipientsDocument,
    "\n  query EngagementTrend($e: ID!) {\n    engagementTrend(engagementId: $e) {\n      capabilityKey\n      capabilityName\n      areaName\n      points {\n        assessmentId\n        title\n        scoredAt\n        current\n        target\n      }\n    }\n  }\n": typeof types.EngagementTrendDocument,
    "\n  mutation RetryWorkflowRun($id: ID!) {\n    retryWorkflowRun(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RetryWorkflowRunDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": typeof types.SetPasswordDocument,
    "\n  fragment PlacementRecord on Placement {\n    id\n    matchId\n    roleId\n    candidateId\n    startDate\n    endDate\n    rateMinor\n    currency\n    allocation\n    createdAt\n  }\n": typeof types.PlacementRecordFragmentDoc,
    "\n  query ExportCandidatesCsv($filter: CandidateFilter) {\n    exportCandidatesCsv(filter: $filter)\n  }\n": typeof types.ExportCandidatesCsvDocument,
    "\n  mutation ImportCandidates($csv: String!, $dryRun: Boolean, $onlyLines: [Int!], $allowDuplicates: Boolean) {\n    importCandidates(csv: $csv, dryRun: $dryRun, onlyLines: $onlyLines, allowDuplicates: $allowDuplicates) {\n      accepted\n      rejected\n      dryRun\n      rows {\n        line\n        status\n        name\n        candidateId\n        duplicateOfId\n        reasons\n      }\n      rejectedCsv\n    }\n  }\n": typeof types.ImportCandidatesDocument,
    "\n  query CandidateCsvTemplate {\n    candidateCsvTemplate\n  }\n": typeof types.CandidateCsvTemplateDocument,
    "\n  query CandidateDuplicates($id: ID!) {\n    candidateDuplicates(id: $id) {\n      candidate {\n        id\n        name\n        email\n        location\n      }\n      reasons\n    }\n  }\n": typeof types.CandidateDuplicatesDocument,
    "\n  mutation MergeCandidates($keepId: ID!, $mergeId: ID!) {\n    mergeCandidates(keepId: $keepId, mergeId: $mergeId) {\n      id\n      name\n    }\n  }\n": typeof types.MergeCandidatesDocument,
    "\n  mutation EraseCandidate($id: ID!, $reason: String!) {\n    eraseCandidate(id: $id, reason: $reason) {\n      candidateId\n      erasedAt\n    }\n  }\n": typeof types.EraseCandidateDocument,
    "\n  query ExportCandidateData($id: ID!) {\n    exportCandidateData(id: $id)\n  }\n": typeof types.ExportCandidateDataDocument,
    "\n  mutation AddCandidateNote($candidateId: ID!, $body: String!) {\n    addCandidateNote(candidateId: $candidateId, body: $body) {\n      id\n      body\n      authorId\n      createdAt\n    }\n  }\n": typeof types.AddCandidateNoteDocument,
    "\n  fragment CandidateRecord on Candidate {\n    id\n    kind\n    name\n    email\n    phone\n    profileUrl\n    location\n    timeZone\n    seniority\n    skills {\n      skillId\n      skill {\n        id\n      }\n      level\n      evidence\n    }\n    availableFrom\n    allocation\n    dayRateMinor\n    salaryMinor\n    currency\n    cvText\n    consentBasis\n    consentGivenAt\n    consentExpiresAt\n    consentValid\n    lastContactAt\n    tags\n    notes {\n      id\n      body\n      authorId\n      createdAt\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.CandidateRecordFragmentDoc,
    "\n  fragment CapabilityRecord on Capability {\n    id\n    frameworkId\n    areaId\n    key\n    name\n    description\n    nature\n    weight\n    levels\n    skills\n    defaultTarget\n    position\n  }\n": typeof types.CapabilityRecordFragmentDoc,
    "\n  fragment QuestionRecord on Question {\n    id\n    templateId\n    capabilityId\n    key\n    prompt\n    helpText\n    type\n    options {\n      key\n      label\n      score\n    }\n    weight\n    allowsDontKnow\n    position\n  }\n": typeof types.QuestionRecordFragmentDoc,
    "\n  fragment AreaRecord on CapabilityArea {\n    id\n    frameworkId\n    key\n    name\n    description\n    position\n  }\n": typeof types.AreaRecordFragmentDoc,
    "\n  fragment FrameworkRecord on CapabilityFramework {\n    id\n    name\n    version\n    description\n    status\n    publishedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.FrameworkRecordFragmentDoc,
    "\n  fragment CandidateBrief on Candidate {\n    id\n    name\n    kind\n    seniority\n    availableFrom\n    timeZone\n    dayRateMinor\n    salaryMinor\n    currency\n  }\n": typeof types.CandidateBriefFragmentDoc,
    "\n  query RankCandidates($roleId: ID!, $page: Int, $perPage: Int) {\n    rankCandidates(roleId: $roleId, page: $page, perPage: $perPage) {\n      roleId\n      modelVersion\n      total\n      candidates {\n        rank\n        candidateId\n        candidate {\n          ...CandidateBrief\n        }\n        score\n        factors {\n          factor\n          label\n          value\n          weight\n          contribution\n          detail\n        }\n        whatWouldChange\n        match {\n          id\n          stage\n        }\n      }\n    }\n  }\n": typeof types.RankCandidatesDocument,
    "\n  query ExcludedCandidates($roleId: ID!, $page: Int, $perPage: Int, $constraint: String) {\n    excludedCandidates(roleId: $roleId, page: $page, perPage: $perPage, constraint: $constraint) {\n      total\n      byConstraint {\n        constraint\n        count\n      }\n      candidates {\n        candidateId\n        candidate {\n          id\n          name\n          kind\n          seniority\n        }\n        failed {\n          constraint\n          detail\n        }\n        whatWouldChange\n      }\n    }\n  }\n": typeof types.ExcludedCandidatesDocument,
    "\n  mutation ShortlistCandidate($roleId: ID!, $candidateId: ID!, $reason: String) {\n    shortlistCandidate(roleId: $roleId, candidateId: $candidateId, reason: $reason) {\n      id\n      stage\n      stageChangedAt\n    }\n  }\n": typeof types.ShortlistCandidateDocument,
    "\n  mutation MoveMatchStage($id: ID!, $stage: MatchStage!, $reason: String, $placement: PlacementInput, $closeOthersReason: String, $idempotencyKey: String) {\n    moveMatchStage(id: $id, stage: $stage, reason: $reason, placement: $placement, closeOthersReason: $closeOthersReason, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      stageChangedAt\n    }\n  }\n": typeof types.MoveMatchStageDocument,
    "\n  mutation SubmitToClient($id: ID!, $contactIds: [ID!]!, $note: String!, $summary: String, $idempotencyKey: String) {\n    submitToClient(id: $id, contactIds: $contactIds, note: $note, summary: $summary, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      stageChangedAt\n      submittedContactIds\n      submissionNote\n      clientAlias\n    }\n  }\n": typeof types.SubmitToClientDocument,
    "\n  fragment MatchRecord on Match {\n    id\n    roleId\n    candidateId\n    score\n    rank\n    stage\n    stageChangedAt\n    clientAlias\n    clientAnswer\n    clientReason\n    clientNote\n    clientSlots\n  }\n": typeof types.MatchRecordFragmentDoc,
    "\n  query MyPipeline {\n    myPipeline {\n      byStage {\n        stage\n        count\n      }\n      stuckCount\n      stuck {\n        id\n        roleId\n        roleTitle\n        candidateId\n        candidateName\n        stage\n        stageChangedAt\n        daysInStage\n      }\n    }\n  }\n": typeof types.MyPipelineDocument,
    "\n  query ClientDashboard {\n    clientDashboard {\n      reports {\n        assessmentId\n        title\n        engagementTitle\n        publishedAt\n      }\n      invitations {\n        id\n        status\n        assessmentStatus\n        assessmentTitle\n        engagementTitle\n        dueDate\n        closedNote\n      }\n      engagements {\n        id\n        title\n        stage\n        startDate\n        endDate\n      }\n    }\n  }\n": typeof types.ClientDashboardDocument,
    "\n  query RecruiterDashboard {\n    recruiterDashboard {\n      openRolesByAge {\n        label\n        count\n      }\n      consentExpiring {\n        id\n        name\n        consentExpiresAt\n      }\n      placementsThisMonth\n      dueForErasure\n    }\n  }\n": typeof types.RecruiterDashboardDocument,
    "\n  query EngagementScoredAssessments($engagementId: ID!) {\n    allAssessments(filter: { engagementId: $engagementId }, perPage: 100, sortField: \"createdAt\", sortOrder: \"DESC\") {\n      id\n      title\n      status\n      scoredAt\n    }\n  }\n": typeof types.EngagementScoredAssessmentsDocument,
    "\n  query EngagementGaps($assessmentId: ID!) {\n    allCapabilityGaps(filter: { assessmentId: $assessmentId }, perPage: 100, sortField: \"severity\", sortOrder: \"DESC\") {\n      id\n      current\n      target\n      size\n      severity\n      status\n      capability {\n        id\n        name\n      }\n      recommendations {\n        id\n        option\n        rank\n        state\n        decisionNote\n        decidedAt\n        draftedRoles {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": typeof types.EngagementGapsDocument,
    "\n  mutation SetReassessmentSchedule($engagementId: ID!, $everyDays: Int, $onClose: Boolean, $idempotencyKey: String) {\n    setReassessmentSchedule(engagementId: $engagementId, everyDays: $everyDays, onClose: $onClose, idempotencyKey: $idempotencyKey) {\n      id\n      reassessEveryDays\n      reassessOnClose\n      reassessNextDueAt\n    }\n  }\n": typeof types.SetReassessmentScheduleDocument,
    "\n  mutation ClearReassessmentSchedule($engagementId: ID!, $idempotencyKey: String) {\n    clearReassessmentSchedule(engagementId: $engagementId, idempotencyKey: $idempotencyKey) {\n      id\n      reassessEveryDays\n      reassessOnClose\n      reassessNextDueAt\n    }\n  }\n": typeof types.ClearReassessmentScheduleDocument,
    "\n  mutation PublishCapabilityFramework($id: ID!) {\n    publishCapabilityFramework(id: $id) {\n      ...FrameworkRecord\n    }\n  }\n": typeof types.PublishCapabilityFrameworkDocument,
    "\n  mutation NewCapabilityFrameworkVersion($id: ID!) {\n    newCapabilityFrameworkVersion(id: $id) {\n      ...FrameworkRecord\n    }\n  }\n": typeof types.NewCapabilityFrameworkVersionDocument,
    "\n  fragment InboxFields on Inbox {\n    unread\n    latest {\n      id\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n": typeof types.InboxFieldsFragmentDoc,
    "\n  query MyInbox {\n    myInbox {\n      ...InboxFields\n    }\n  }\n": typeof types.MyInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      ...InboxFields\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      status\n      assessmentStatus\n      assessmentTitle\n      engagementTitle\n      dueDate\n      closedNote\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation StartMyInvitation($id: ID!) {\n    startMyInvitation(id: $id) {\n      token\n    }\n  }\n": typeof types.StartMyInvitationDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresIn\n    user {\n      id\n      email\n      name\n      role\n      clientId\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation MoveEngagementStage($id: ID!, $stage: EngagementStage!, $note: String, $idempotencyKey: String) {\n    moveEngagementStage(id: $id, stage: $stage, note: $note, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n": typeof types.MoveEngagementStageDocument,
    "\n  mutation ReopenEngagement($id: ID!, $reason: String!, $idempotencyKey: String) {\n    reopenEngagement(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n": typeof types.ReopenEngagementDocument,
    "\n  query EngagementStats {\n    engagementStats {\n      byStage {\n        stage\n        count\n      }\n      openByOwner {\n        ownerId\n        ownerName\n        count\n      }\n      startedByMonth {\n        month\n        count\n      }\n    }\n  }\n": typeof types.EngagementStatsDocument,
    "\n  mutation OpenAssessment($id: ID!, $idempotencyKey: String) {\n    openAssessment(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      openedAt\n    }\n  }\n": typeof types.OpenAssessmentDocument,
    "\n  mutation CloseAssessment($id: ID!, $force: Boolean, $reason: String, $idempotencyKey: String) {\n    closeAssessment(id: $id, force: $force, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      closedAt\n      closeReason\n    }\n  }\n": typeof types.CloseAssessmentDocument,
    "\n  mutation SetAssessmentTargets($id: ID!, $targets: [AssessmentTargetInput!]!) {\n    setAssessmentTargets(id: $id, targets: $targets) {\n      id\n      targets {\n        capabilityId\n        target\n      }\n    }\n  }\n": typeof types.SetAssessmentTargetsDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  query QueueStats {\n    queueStats {\n      name\n      waiting\n      active\n      delayed\n      failed\n      completed\n    }\n  }\n": typeof types.QueueStatsDocument,
    "\n  query FailedJobs($queue: String!, $page: Int) {\n    failedJobs(queue: $queue, page: $page) {\n      queue\n      id\n      name\n      failedReason\n      attemptsMade\n      failedAt\n      subjectType\n      subjectId\n      subjectLabel\n    }\n  }\n": typeof types.FailedJobsDocument,
    "\n  mutation RetryFailedJob($queue: String!, $jobId: String!) {\n    retryFailedJob(queue: $queue, jobId: $jobId) {\n      queue\n      id\n      name\n    }\n  }\n": typeof types.RetryFailedJobDocument,
    "\n  fragment ReportHeatmapFields on ReportHeatmap {\n    columns {\n      key\n      label\n      seats\n      respondents\n      identifiable\n    }\n    rows {\n      capabilityId\n      capabilityName\n      areaName\n      cells {\n        column\n        current\n        respondents\n      }\n    }\n  }\n": typeof types.ReportHeatmapFieldsFragmentDoc,
    "\n  fragment ReportDisclosureFields on ReportDisclosure {\n    threshold\n    publishable\n    summary\n    seats {\n      respondentRole\n      respondents\n      outcome\n      reason\n    }\n  }\n": typeof types.ReportDisclosureFieldsFragmentDoc,
    "\n  fragment RecommendationFields on Recommendation {\n    id\n    option\n    score\n    rank\n    state\n    rulesetVersion\n    reasons {\n      code\n      sentence\n      inputs {\n        name\n        value\n      }\n    }\n    decisionNote\n    noteToClient\n    decidedAt\n    draftedRoles {\n      id\n      title\n      status\n    }\n  }\n": typeof types.RecommendationFieldsFragmentDoc,
    "\n  query AssessmentReport($assessmentId: ID!) {\n    assessmentReport(assessmentId: $assessmentId) {\n      assessmentId\n      title\n      status\n      clientName\n      engagementTitle\n      scoredAt\n      publishedAt\n      renderedAt\n      summary {\n        invited\n        submitted\n        capabilities\n        scored\n        gaps\n        worstSeverity\n        overallCurrent\n        overallTarget\n      }\n      areas {\n        areaId\n        name\n        current\n        target\n      }\n      heatmap {\n        ...ReportHeatmapFields\n      }\n      clientHeatmap {\n        ...ReportHeatmapFields\n      }\n      disclosure {\n        ...ReportDisclosureFields\n      }\n      changes {\n        previousTitle\n        baselineTitle\n        summary\n        movedWithoutIntervention\n        capabilities {\n          key\n          name\n          areaName\n          target\n          current\n          previous\n          baseline\n          change\n          changeFromBaseline\n          noise\n          movement\n          interventions {\n            kind\n            label\n            on\n          }\n        }\n      }\n      gaps {\n        id\n        current\n        target\n        size\n        severity\n        status\n        capability {\n          id\n          key\n          name\n          nature\n        }\n        evidence {\n          questionId\n          prompt\n          respondentRole\n          value\n          answer\n          quote\n        }\n        recommendations {\n          ...RecommendationFields\n        }\n      }\n    }\n  }\n": typeof types.AssessmentReportDocument,
    "\n  query ReportDisclosure($assessmentId: ID!) {\n    assessmentReport(assessmentId: $assessmentId) {\n      assessmentId\n      disclosure {\n        ...ReportDisclosureFields\n      }\n    }\n  }\n": typeof types.ReportDisclosureDocument,
    "\n  query PublishedReports {\n    publishedReports {\n      assessmentId\n      title\n      engagementTitle\n      publishedAt\n    }\n  }\n": typeof types.PublishedReportsDocument,
    "\n  mutation AcceptRecommendation($id: ID!, $note: String, $noteToClient: String, $idempotencyKey: String) {\n    acceptRecommendation(id: $id, note: $note, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n      draftedRoles {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.AcceptRecommendationDocument,
    "\n  mutation RejectRecommendation($id: ID!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {\n    rejectRecommendation(id: $id, reason: $reason, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n    }\n  }\n": typeof types.RejectRecommendationDocument,
    "\n  mutation OverrideRecommendation($gapId: ID!, $option: RecommendationOption!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {\n    overrideRecommendation(gapId: $gapId, option: $option, reason: $reason, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n      draftedRoles {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.OverrideRecommendationDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      status\n      assessmentStatus\n      respondentName\n      respondentRole\n      clientName\n      engagementTitle\n      assessmentTitle\n      purpose\n      instructions\n      dueDate\n      anonymityThreshold\n      estimatedMinutes\n      questionCount\n      savedAt\n      submittedAt\n      areas {\n        id\n        name\n        description\n        capabilities {\n          id\n          name\n          description\n          levels\n        }\n        questions {\n          id\n          capabilityId\n          prompt\n          helpText\n          type\n          options {\n            key\n            label\n            score\n          }\n          allowsDontKnow\n        }\n      }\n      answers {\n        questionId\n        scale\n        choices\n        text\n        dontKnow\n      }\n    }\n  }\n": typeof types.InvitationByTokenDocument,
    "\n  fragment ResponseReceiptFields on ResponseReceipt {\n    status\n    answered\n    questionCount\n    savedAt\n    submittedAt\n  }\n": typeof types.ResponseReceiptFieldsFragmentDoc,
    "\n  mutation SaveResponseDraft($token: String!, $answers: [AnswerInput!]!) {\n    saveResponseDraft(token: $token, answers: $answers) {\n      ...ResponseReceiptFields\n    }\n  }\n": typeof types.SaveResponseDraftDocument,
    "\n  mutation SubmitResponse($token: String!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {\n    submitResponse(token: $token, answers: $answers, idempotencyKey: $idempotencyKey) {\n      ...ResponseReceiptFields\n    }\n  }\n": typeof types.SubmitResponseDocument,
    "\n  fragment RoleRecord on Role {\n    id\n    clientId\n    engagementId\n    gapId\n    recommendationId\n    title\n    optionType\n    requiredSkills {\n      skillId\n      skill\n      minLevel\n      mustHave\n      weight\n    }\n    seniority\n    startDate\n    permanent\n    durationWeeks\n    allocation\n    budgetMinMinor\n    budgetMaxMinor\n    currency\n    minOverlapHours\n    status\n    gapStatus\n    matchCounts {\n      stage\n      count\n    }\n    shortlistFeedback {\n      submitted\n      summary\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.RoleRecordFragmentDoc,
    "\n  fragment ShortlistProfileRecord on ShortlistProfile {\n    id\n    roleId\n    roleTitle\n    roleSeniority\n    alias\n    summary\n    stage\n    score\n    submittedAt\n    seniority\n    availableFrom\n    allocation\n    rateAgainstBudget\n    skills {\n      skill\n      level\n      minLevel\n      mustHave\n    }\n    factors {\n      factor\n      label\n      detail\n    }\n    answer\n    reason\n    note\n    slots\n    answeredAt\n  }\n": typeof types.ShortlistProfileRecordFragmentDoc,
    "\n  mutation AnswerShortlistProfile($id: ID!, $answer: ShortlistAnswer!, $reason: ShortlistReason, $note: String, $slots: [DateTime!], $idempotencyKey: String) {\n    answerShortlistProfile(id: $id, answer: $answer, reason: $reason, note: $note, slots: $slots, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      answer\n      reason\n      note\n      slots\n      answeredAt\n    }\n  }\n": typeof types.AnswerShortlistProfileDocument,
    "\n  fragment StaffingPlanRecord on StaffingPlan {\n    id\n    status\n    roleIds\n    candidatesPerRole\n    excludedCandidateIds\n    budgetCapMinor\n    currency\n    solver\n    error\n    runId\n    solvedAt\n    acceptedAt\n    createdAt\n    pins {\n      roleId\n      candidateId\n    }\n    plan {\n      totalScore\n      filled\n      totalCostMinor\n    }\n    greedy {\n      totalScore\n      filled\n      totalCostMinor\n    }\n    roles {\n      roleId\n      title\n      candidates\n      options {\n        candidateId\n        candidateName\n        score\n      }\n      plan {\n        candidateId\n        candidateName\n        score\n        costMinor\n      }\n      greedy {\n        candidateId\n        candidateName\n        score\n        costMinor\n      }\n      reason\n    }\n  }\n": typeof types.StaffingPlanRecordFragmentDoc,
    "\n  mutation CreateStaffingPlan($roleIds: [ID!], $engagementId: ID, $candidatesPerRole: Int, $budgetCapMinor: Int) {\n    createStaffingPlan(roleIds: $roleIds, engagementId: $engagementId, candidatesPerRole: $candidatesPerRole, budgetCapMinor: $budgetCapMinor) {\n      id\n      status\n    }\n  }\n": typeof types.CreateStaffingPlanDocument,
    "\n  mutation RerunStaffingPlan($id: ID!, $pins: [StaffingPinInput!], $excludedCandidateIds: [ID!], $budgetCapMinor: Int) {\n    rerunStaffingPlan(id: $id, pins: $pins, excludedCandidateIds: $excludedCandidateIds, budgetCapMinor: $budgetCapMinor) {\n      id\n      status\n    }\n  }\n": typeof types.RerunStaffingPlanDocument,
    "\n  mutation AcceptStaffingPlan($id: ID!) {\n    acceptStaffingPlan(id: $id) {\n      id\n      status\n      acceptedAt\n    }\n  }\n": typeof types.AcceptStaffingPlanDocument,
    "\n  fragment TeamChoiceFields on TeamChoice {\n    coverage\n    totalScore\n    totalCostMinor\n    availableFrom\n    sharedHours\n    uncovered\n    members {\n      candidateId\n      candidateName\n      score\n      costMinor\n      uniqueSkills\n      explanation\n      alternative {\n        candidateId\n        candidateName\n        coverageLoss\n        scoreLoss\n      }\n    }\n    skills {\n      skillId\n      name\n      minLevel\n      coveredBy {\n        candidateId\n        candidateName\n        level\n      }\n    }\n  }\n": typeof types.TeamChoiceFieldsFragmentDoc,
    "\n  query SpecialistTeam($recommendationId: ID!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {\n    specialistTeam(recommendationId: $recommendationId, minSize: $minSize, maxSize: $maxSize, budgetMinor: $budgetMinor) {\n      recommendationId\n      minSize\n      maxSize\n      budgetMinor\n      candidatesConsidered\n      bound\n      skills {\n        skillId\n        name\n        minLevel\n        weight\n      }\n      greedy {\n        ...TeamChoiceFields\n      }\n      exact {\n        ...TeamChoiceFields\n      }\n    }\n  }\n": typeof types.SpecialistTeamDocument,
    "\n  query TeamBuilderRole($id: ID!) {\n    Role(id: $id) {\n      id\n      title\n      status\n      currency\n      engagementId\n      recommendationId\n    }\n  }\n": typeof types.TeamBuilderRoleDocument,
    "\n  mutation AcceptSpecialistTeam($recommendationId: ID!, $candidateIds: [ID!]!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {\n    acceptSpecialistTeam(recommendationId: $recommendationId, candidateIds: $candidateIds, minSize: $minSize, maxSize: $maxSize, budgetMinor: $budgetMinor) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.AcceptSpecialistTeamDocument,
    "\n  mutation ResendUserInvitation($id: ID!) {\n    resendUserInvitation(id: $id) {\n      user {\n        id\n        name\n        email\n      }\n      sentAt\n      repeated\n    }\n  }\n": typeof types.ResendUserInvitationDocument,
};
const documents: Documents = {
    "\n  fragment TemplateRecord on AssessmentTemplate {\n    id\n    frameworkId\n    name\n    description\n    estimatedMinutes\n  }\n": types.TemplateRecordFragmentDoc,
    "\n  mutation PublishAssessmentReport($id: ID!, $idempotencyKey: String) {\n    publishAssessmentReport(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishAssessmentReportDocument,
    "\n  query ReportRecipients($assessmentId: ID!) {\n    reportRecipients(assessmentId: $assessmentId) {\n      id\n      name\n      email\n    }\n  }\n": types.ReportRecipientsDocument,
    "\n  query EngagementTrend($e: ID!) {\n    engagementTrend(engagementId: $e) {\n      capabilityKey\n      capabilityName\n      areaName\n      points {\n        assessmentId\n        title\n        scoredAt\n        current\n        target\n      }\n    }\n  }\n": types.EngagementTrendDocument,
    "\n  mutation RetryWorkflowRun($id: ID!) {\n    retryWorkflowRun(id: $id) {\n      id\n      status\n    }\n  }\n": types.RetryWorkflowRunDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": types.SetPasswordDocument,
    "\n  fragment PlacementRecord on Placement {\n    id\n    matchId\n    roleId\n    candidateId\n    startDate\n    endDate\n    rateMinor\n    currency\n    allocation\n    createdAt\n  }\n": types.PlacementRecordFragmentDoc,
    "\n  query ExportCandidatesCsv($filter: CandidateFilter) {\n    exportCandidatesCsv(filter: $filter)\n  }\n": types.ExportCandidatesCsvDocument,
    "\n  mutation ImportCandidates($csv: String!, $dryRun: Boolean, $onlyLines: [Int!], $allowDuplicates: Boolean) {\n    importCandidates(csv: $csv, dryRun: $dryRun, onlyLines: $onlyLines, allowDuplicates: $allowDuplicates) {\n      accepted\n      rejected\n      dryRun\n      rows {\n        line\n        status\n        name\n        candidateId\n        duplicateOfId\n        reasons\n      }\n      rejectedCsv\n    }\n  }\n": types.ImportCandidatesDocument,
    "\n  query CandidateCsvTemplate {\n    candidateCsvTemplate\n  }\n": types.CandidateCsvTemplateDocument,
    "\n  query CandidateDuplicates($id: ID!) {\n    candidateDuplicates(id: $id) {\n      candidate {\n        id\n        name\n        email\n        location\n      }\n      reasons\n    }\n  }\n": types.CandidateDuplicatesDocument,
    "\n  mutation MergeCandidates($keepId: ID!, $mergeId: ID!) {\n    mergeCandidates(keepId: $keepId, mergeId: $mergeId) {\n      id\n      name\n    }\n  }\n": types.MergeCandidatesDocument,
    "\n  mutation EraseCandidate($id: ID!, $reason: String!) {\n    eraseCandidate(id: $id, reason: $reason) {\n      candidateId\n      erasedAt\n    }\n  }\n": types.EraseCandidateDocument,
    "\n  query ExportCandidateData($id: ID!) {\n    exportCandidateData(id: $id)\n  }\n": types.ExportCandidateDataDocument,
    "\n  mutation AddCandidateNote($candidateId: ID!, $body: String!) {\n    addCandidateNote(candidateId: $candidateId, body: $body) {\n      id\n      body\n      authorId\n      createdAt\n    }\n  }\n": types.AddCandidateNoteDocument,
    "\n  fragment CandidateRecord on Candidate {\n    id\n    kind\n    name\n    email\n    phone\n    profileUrl\n    location\n    timeZone\n    seniority\n    skills {\n      skillId\n      skill {\n        id\n      }\n      level\n      evidence\n    }\n    availableFrom\n    allocation\n    dayRateMinor\n    salaryMinor\n    currency\n    cvText\n    consentBasis\n    consentGivenAt\n    consentExpiresAt\n    consentValid\n    lastContactAt\n    tags\n    notes {\n      id\n      body\n      authorId\n      createdAt\n    }\n    createdAt\n    updatedAt\n  }\n": types.CandidateRecordFragmentDoc,
    "\n  fragment CapabilityRecord on Capability {\n    id\n    frameworkId\n    areaId\n    key\n    name\n    description\n    nature\n    weight\n    levels\n    skills\n    defaultTarget\n    position\n  }\n": types.CapabilityRecordFragmentDoc,
    "\n  fragment QuestionRecord on Question {\n    id\n    templateId\n    capabilityId\n    key\n    prompt\n    helpText\n    type\n    options {\n      key\n      label\n      score\n    }\n    weight\n    allowsDontKnow\n    position\n  }\n": types.QuestionRecordFragmentDoc,
    "\n  fragment AreaRecord on CapabilityArea {\n    id\n    frameworkId\n    key\n    name\n    description\n    position\n  }\n": types.AreaRecordFragmentDoc,
    "\n  fragment FrameworkRecord on CapabilityFramework {\n    id\n    name\n    version\n    description\n    status\n    publishedAt\n    createdAt\n    updatedAt\n  }\n": types.FrameworkRecordFragmentDoc,
    "\n  fragment CandidateBrief on Candidate {\n    id\n    name\n    kind\n    seniority\n    availableFrom\n    timeZone\n    dayRateMinor\n    salaryMinor\n    currency\n  }\n": types.CandidateBriefFragmentDoc,
    "\n  query RankCandidates($roleId: ID!, $page: Int, $perPage: Int) {\n    rankCandidates(roleId: $roleId, page: $page, perPage: $perPage) {\n      roleId\n      modelVersion\n      total\n      candidates {\n        rank\n        candidateId\n        candidate {\n          ...CandidateBrief\n        }\n        score\n        factors {\n          factor\n          label\n          value\n          weight\n          contribution\n          detail\n        }\n        whatWouldChange\n        match {\n          id\n          stage\n        }\n      }\n    }\n  }\n": types.RankCandidatesDocument,
    "\n  query ExcludedCandidates($roleId: ID!, $page: Int, $perPage: Int, $constraint: String) {\n    excludedCandidates(roleId: $roleId, page: $page, perPage: $perPage, constraint: $constraint) {\n      total\n      byConstraint {\n        constraint\n        count\n      }\n      candidates {\n        candidateId\n        candidate {\n          id\n          name\n          kind\n          seniority\n        }\n        failed {\n          constraint\n          detail\n        }\n        whatWouldChange\n      }\n    }\n  }\n": types.ExcludedCandidatesDocument,
    "\n  mutation ShortlistCandidate($roleId: ID!, $candidateId: ID!, $reason: String) {\n    shortlistCandidate(roleId: $roleId, candidateId: $candidateId, reason: $reason) {\n      id\n      stage\n      stageChangedAt\n    }\n  }\n": types.ShortlistCandidateDocument,
    "\n  mutation MoveMatchStage($id: ID!, $stage: MatchStage!, $reason: String, $placement: PlacementInput, $closeOthersReason: String, $idempotencyKey: String) {\n    moveMatchStage(id: $id, stage: $stage, reason: $reason, placement: $placement, closeOthersReason: $closeOthersReason, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      stageChangedAt\n    }\n  }\n": types.MoveMatchStageDocument,
    "\n  mutation SubmitToClient($id: ID!, $contactIds: [ID!]!, $note: String!, $summary: String, $idempotencyKey: String) {\n    submitToClient(id: $id, contactIds: $contactIds, note: $note, summary: $summary, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      stageChangedAt\n      submittedContactIds\n      submissionNote\n      clientAlias\n    }\n  }\n": types.SubmitToClientDocument,
    "\n  fragment MatchRecord on Match {\n    id\n    roleId\n    candidateId\n    score\n    rank\n    stage\n    stageChangedAt\n    clientAlias\n    clientAnswer\n    clientReason\n    clientNote\n    clientSlots\n  }\n": types.MatchRecordFragmentDoc,
    "\n  query MyPipeline {\n    myPipeline {\n      byStage {\n        stage\n        count\n      }\n      stuckCount\n      stuck {\n        id\n        roleId\n        roleTitle\n        candidateId\n        candidateName\n        stage\n        stageChangedAt\n        daysInStage\n      }\n    }\n  }\n": types.MyPipelineDocument,
    "\n  query ClientDashboard {\n    clientDashboard {\n      reports {\n        assessmentId\n        title\n        engagementTitle\n        publishedAt\n      }\n      invitations {\n        id\n        status\n        assessmentStatus\n        assessmentTitle\n        engagementTitle\n        dueDate\n        closedNote\n      }\n      engagements {\n        id\n        title\n        stage\n        startDate\n        endDate\n      }\n    }\n  }\n": types.ClientDashboardDocument,
    "\n  query RecruiterDashboard {\n    recruiterDashboard {\n      openRolesByAge {\n        label\n        count\n      }\n      consentExpiring {\n        id\n        name\n        consentExpiresAt\n      }\n      placementsThisMonth\n      dueForErasure\n    }\n  }\n": types.RecruiterDashboardDocument,
    "\n  query EngagementScoredAssessments($engagementId: ID!) {\n    allAssessments(filter: { engagementId: $engagementId }, perPage: 100, sortField: \"createdAt\", sortOrder: \"DESC\") {\n      id\n      title\n      status\n      scoredAt\n    }\n  }\n": types.EngagementScoredAssessmentsDocument,
    "\n  query EngagementGaps($assessmentId: ID!) {\n    allCapabilityGaps(filter: { assessmentId: $assessmentId }, perPage: 100, sortField: \"severity\", sortOrder: \"DESC\") {\n      id\n      current\n      target\n      size\n      severity\n      status\n      capability {\n        id\n        name\n      }\n      recommendations {\n        id\n        option\n        rank\n        state\n        decisionNote\n        decidedAt\n        draftedRoles {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": types.EngagementGapsDocument,
    "\n  mutation SetReassessmentSchedule($engagementId: ID!, $everyDays: Int, $onClose: Boolean, $idempotencyKey: String) {\n    setReassessmentSchedule(engagementId: $engagementId, everyDays: $everyDays, onClose: $onClose, idempotencyKey: $idempotencyKey) {\n      id\n      reassessEveryDays\n      reassessOnClose\n      reassessNextDueAt\n    }\n  }\n": types.SetReassessmentScheduleDocument,
    "\n  mutation ClearReassessmentSchedule($engagementId: ID!, $idempotencyKey: String) {\n    clearReassessmentSchedule(engagementId: $engagementId, idempotencyKey: $idempotencyKey) {\n      id\n      reassessEveryDays\n      reassessOnClose\n      reassessNextDueAt\n    }\n  }\n": types.ClearReassessmentScheduleDocument,
    "\n  mutation PublishCapabilityFramework($id: ID!) {\n    publishCapabilityFramework(id: $id) {\n      ...FrameworkRecord\n    }\n  }\n": types.PublishCapabilityFrameworkDocument,
    "\n  mutation NewCapabilityFrameworkVersion($id: ID!) {\n    newCapabilityFrameworkVersion(id: $id) {\n      ...FrameworkRecord\n    }\n  }\n": types.NewCapabilityFrameworkVersionDocument,
    "\n  fragment InboxFields on Inbox {\n    unread\n    latest {\n      id\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n": types.InboxFieldsFragmentDoc,
    "\n  query MyInbox {\n    myInbox {\n      ...InboxFields\n    }\n  }\n": types.MyInboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      ...InboxFields\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id\n      status\n      assessmentStatus\n      assessmentTitle\n      engagementTitle\n      dueDate\n      closedNote\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation StartMyInvitation($id: ID!) {\n    startMyInvitation(id: $id) {\n      token\n    }\n  }\n": types.StartMyInvitationDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresIn\n    user {\n      id\n      email\n      name\n      role\n      clientId\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation MoveEngagementStage($id: ID!, $stage: EngagementStage!, $note: String, $idempotencyKey: String) {\n    moveEngagementStage(id: $id, stage: $stage, note: $note, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n": types.MoveEngagementStageDocument,
    "\n  mutation ReopenEngagement($id: ID!, $reason: String!, $idempotencyKey: String) {\n    reopenEngagement(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n": types.ReopenEngagementDocument,
    "\n  query EngagementStats {\n    engagementStats {\n      byStage {\n        stage\n        count\n      }\n      openByOwner {\n        ownerId\n        ownerName\n        count\n      }\n      startedByMonth {\n        month\n        count\n      }\n    }\n  }\n": types.EngagementStatsDocument,
    "\n  mutation OpenAssessment($id: ID!, $idempotencyKey: String) {\n    openAssessment(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      openedAt\n    }\n  }\n": types.OpenAssessmentDocument,
    "\n  mutation CloseAssessment($id: ID!, $force: Boolean, $reason: String, $idempotencyKey: String) {\n    closeAssessment(id: $id, force: $force, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      closedAt\n      closeReason\n    }\n  }\n": types.CloseAssessmentDocument,
    "\n  mutation SetAssessmentTargets($id: ID!, $targets: [AssessmentTargetInput!]!) {\n    setAssessmentTargets(id: $id, targets: $targets) {\n      id\n      targets {\n        capabilityId\n        target\n      }\n    }\n  }\n": types.SetAssessmentTargetsDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  query QueueStats {\n    queueStats {\n      name\n      waiting\n      active\n      delayed\n      failed\n      completed\n    }\n  }\n": types.QueueStatsDocument,
    "\n  query FailedJobs($queue: String!, $page: Int) {\n    failedJobs(queue: $queue, page: $page) {\n      queue\n      id\n      name\n      failedReason\n      attemptsMade\n      failedAt\n      subjectType\n      subjectId\n      subjectLabel\n    }\n  }\n": types.FailedJobsDocument,
    "\n  mutation RetryFailedJob($queue: String!, $jobId: String!) {\n    retryFailedJob(queue: $queue, jobId: $jobId) {\n      queue\n      id\n      name\n    }\n  }\n": types.RetryFailedJobDocument,
    "\n  fragment ReportHeatmapFields on ReportHeatmap {\n    columns {\n      key\n      label\n      seats\n      respondents\n      identifiable\n    }\n    rows {\n      capabilityId\n      capabilityName\n      areaName\n      cells {\n        column\n        current\n        respondents\n      }\n    }\n  }\n": types.ReportHeatmapFieldsFragmentDoc,
    "\n  fragment ReportDisclosureFields on ReportDisclosure {\n    threshold\n    publishable\n    summary\n    seats {\n      respondentRole\n      respondents\n      outcome\n      reason\n    }\n  }\n": types.ReportDisclosureFieldsFragmentDoc,
    "\n  fragment RecommendationFields on Recommendation {\n    id\n    option\n    score\n    rank\n    state\n    rulesetVersion\n    reasons {\n      code\n      sentence\n      inputs {\n        name\n        value\n      }\n    }\n    decisionNote\n    noteToClient\n    decidedAt\n    draftedRoles {\n      id\n      title\n      status\n    }\n  }\n": types.RecommendationFieldsFragmentDoc,
    "\n  query AssessmentReport($assessmentId: ID!) {\n    assessmentReport(assessmentId: $assessmentId) {\n      assessmentId\n      title\n      status\n      clientName\n      engagementTitle\n      scoredAt\n      publishedAt\n      renderedAt\n      summary {\n        invited\n        submitted\n        capabilities\n        scored\n        gaps\n        worstSeverity\n        overallCurrent\n        overallTarget\n      }\n      areas {\n        areaId\n        name\n        current\n        target\n      }\n      heatmap {\n        ...ReportHeatmapFields\n      }\n      clientHeatmap {\n        ...ReportHeatmapFields\n      }\n      disclosure {\n        ...ReportDisclosureFields\n      }\n      changes {\n        previousTitle\n        baselineTitle\n        summary\n        movedWithoutIntervention\n        capabilities {\n          key\n          name\n          areaName\n          target\n          current\n          previous\n          baseline\n          change\n          changeFromBaseline\n          noise\n          movement\n          interventions {\n            kind\n            label\n            on\n          }\n        }\n      }\n      gaps {\n        id\n        current\n        target\n        size\n        severity\n        status\n        capability {\n          id\n          key\n          name\n          nature\n        }\n        evidence {\n          questionId\n          prompt\n          respondentRole\n          value\n          answer\n          quote\n        }\n        recommendations {\n          ...RecommendationFields\n        }\n      }\n    }\n  }\n": types.AssessmentReportDocument,
    "\n  query ReportDisclosure($assessmentId: ID!) {\n    assessmentReport(assessmentId: $assessmentId) {\n      assessmentId\n      disclosure {\n        ...ReportDisclosureFields\n      }\n    }\n  }\n": types.ReportDisclosureDocument,
    "\n  query PublishedReports {\n    publishedReports {\n      assessmentId\n      title\n      engagementTitle\n      publishedAt\n    }\n  }\n": types.PublishedReportsDocument,
    "\n  mutation AcceptRecommendation($id: ID!, $note: String, $noteToClient: String, $idempotencyKey: String) {\n    acceptRecommendation(id: $id, note: $note, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n      draftedRoles {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.AcceptRecommendationDocument,
    "\n  mutation RejectRecommendation($id: ID!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {\n    rejectRecommendation(id: $id, reason: $reason, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n    }\n  }\n": types.RejectRecommendationDocument,
    "\n  mutation OverrideRecommendation($gapId: ID!, $option: RecommendationOption!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {\n    overrideRecommendation(gapId: $gapId, option: $option, reason: $reason, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n      draftedRoles {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.OverrideRecommendationDocument,
    "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      status\n      assessmentStatus\n      respondentName\n      respondentRole\n      clientName\n      engagementTitle\n      assessmentTitle\n      purpose\n      instructions\n      dueDate\n      anonymityThreshold\n      estimatedMinutes\n      questionCount\n      savedAt\n      submittedAt\n      areas {\n        id\n        name\n        description\n        capabilities {\n          id\n          name\n          description\n          levels\n        }\n        questions {\n          id\n          capabilityId\n          prompt\n          helpText\n          type\n          options {\n            key\n            label\n            score\n          }\n          allowsDontKnow\n        }\n      }\n      answers {\n        questionId\n        scale\n        choices\n        text\n        dontKnow\n      }\n    }\n  }\n": types.InvitationByTokenDocument,
    "\n  fragment ResponseReceiptFields on ResponseReceipt {\n    status\n    answered\n    questionCount\n    savedAt\n    submittedAt\n  }\n": types.ResponseReceiptFieldsFragmentDoc,
    "\n  mutation SaveResponseDraft($token: String!, $answers: [AnswerInput!]!) {\n    saveResponseDraft(token: $token, answers: $answers) {\n      ...ResponseReceiptFields\n    }\n  }\n": types.SaveResponseDraftDocument,
    "\n  mutation SubmitResponse($token: String!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {\n    submitResponse(token: $token, answers: $answers, idempotencyKey: $idempotencyKey) {\n      ...ResponseReceiptFields\n    }\n  }\n": types.SubmitResponseDocument,
    "\n  fragment RoleRecord on Role {\n    id\n    clientId\n    engagementId\n    gapId\n    recommendationId\n    title\n    optionType\n    requiredSkills {\n      skillId\n      skill\n      minLevel\n      mustHave\n      weight\n    }\n    seniority\n    startDate\n    permanent\n    durationWeeks\n    allocation\n    budgetMinMinor\n    budgetMaxMinor\n    currency\n    minOverlapHours\n    status\n    gapStatus\n    matchCounts {\n      stage\n      count\n    }\n    shortlistFeedback {\n      submitted\n      summary\n    }\n    createdAt\n    updatedAt\n  }\n": types.RoleRecordFragmentDoc,
    "\n  fragment ShortlistProfileRecord on ShortlistProfile {\n    id\n    roleId\n    roleTitle\n    roleSeniority\n    alias\n    summary\n    stage\n    score\n    submittedAt\n    seniority\n    availableFrom\n    allocation\n    rateAgainstBudget\n    skills {\n      skill\n      level\n      minLevel\n      mustHave\n    }\n    factors {\n      factor\n      label\n      detail\n    }\n    answer\n    reason\n    note\n    slots\n    answeredAt\n  }\n": types.ShortlistProfileRecordFragmentDoc,
    "\n  mutation AnswerShortlistProfile($id: ID!, $answer: ShortlistAnswer!, $reason: ShortlistReason, $note: String, $slots: [DateTime!], $idempotencyKey: String) {\n    answerShortlistProfile(id: $id, answer: $answer, reason: $reason, note: $note, slots: $slots, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      answer\n      reason\n      note\n      slots\n      answeredAt\n    }\n  }\n": types.AnswerShortlistProfileDocument,
    "\n  fragment StaffingPlanRecord on StaffingPlan {\n    id\n    status\n    roleIds\n    candidatesPerRole\n    excludedCandidateIds\n    budgetCapMinor\n    currency\n    solver\n    error\n    runId\n    solvedAt\n    acceptedAt\n    createdAt\n    pins {\n      roleId\n      candidateId\n    }\n    plan {\n      totalScore\n      filled\n      totalCostMinor\n    }\n    greedy {\n      totalScore\n      filled\n      totalCostMinor\n    }\n    roles {\n      roleId\n      title\n      candidates\n      options {\n        candidateId\n        candidateName\n        score\n      }\n      plan {\n        candidateId\n        candidateName\n        score\n        costMinor\n      }\n      greedy {\n        candidateId\n        candidateName\n        score\n        costMinor\n      }\n      reason\n    }\n  }\n": types.StaffingPlanRecordFragmentDoc,
    "\n  mutation CreateStaffingPlan($roleIds: [ID!], $engagementId: ID, $candidatesPerRole: Int, $budgetCapMinor: Int) {\n    createStaffingPlan(roleIds: $roleIds, engagementId: $engagementId, candidatesPerRole: $candidatesPerRole, budgetCapMinor: $budgetCapMinor) {\n      id\n      status\n    }\n  }\n": types.CreateStaffingPlanDocument,
    "\n  mutation RerunStaffingPlan($id: ID!, $pins: [StaffingPinInput!], $excludedCandidateIds: [ID!], $budgetCapMinor: Int) {\n    rerunStaffingPlan(id: $id, pins: $pins, excludedCandidateIds: $excludedCandidateIds, budgetCapMinor: $budgetCapMinor) {\n      id\n      status\n    }\n  }\n": types.RerunStaffingPlanDocument,
    "\n  mutation AcceptStaffingPlan($id: ID!) {\n    acceptStaffingPlan(id: $id) {\n      id\n      status\n      acceptedAt\n    }\n  }\n": types.AcceptStaffingPlanDocument,
    "\n  fragment TeamChoiceFields on TeamChoice {\n    coverage\n    totalScore\n    totalCostMinor\n    availableFrom\n    sharedHours\n    uncovered\n    members {\n      candidateId\n      candidateName\n      score\n      costMinor\n      uniqueSkills\n      explanation\n      alternative {\n        candidateId\n        candidateName\n        coverageLoss\n        scoreLoss\n      }\n    }\n    skills {\n      skillId\n      name\n      minLevel\n      coveredBy {\n        candidateId\n        candidateName\n        level\n      }\n    }\n  }\n": types.TeamChoiceFieldsFragmentDoc,
    "\n  query SpecialistTeam($recommendationId: ID!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {\n    specialistTeam(recommendationId: $recommendationId, minSize: $minSize, maxSize: $maxSize, budgetMinor: $budgetMinor) {\n      recommendationId\n      minSize\n      maxSize\n      budgetMinor\n      candidatesConsidered\n      bound\n      skills {\n        skillId\n        name\n        minLevel\n        weight\n      }\n      greedy {\n        ...TeamChoiceFields\n      }\n      exact {\n        ...TeamChoiceFields\n      }\n    }\n  }\n": types.SpecialistTeamDocument,
    "\n  query TeamBuilderRole($id: ID!) {\n    Role(id: $id) {\n      id\n      title\n      status\n      currency\n      engagementId\n      recommendationId\n    }\n  }\n": types.TeamBuilderRoleDocument,
    "\n  mutation AcceptSpecialistTeam($recommendationId: ID!, $candidateIds: [ID!]!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {\n    acceptSpecialistTeam(recommendationId: $recommendationId, candidateIds: $candidateIds, minSize: $minSize, maxSize: $maxSize, budgetMinor: $budgetMinor) {\n      id\n      title\n      status\n    }\n  }\n": types.AcceptSpecialistTeamDocument,
    "\n  mutation ResendUserInvitation($id: ID!) {\n    resendUserInvitation(id: $id) {\n      user {\n        id\n        name\n        email\n      }\n      sentAt\n      repeated\n    }\n  }\n": types.ResendUserInvitationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateRecord on AssessmentTemplate {\n    id\n    frameworkId\n    name\n    description\n    estimatedMinutes\n  }\n"): typeof import('./graphql').TemplateRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAssessmentReport($id: ID!, $idempotencyKey: String) {\n    publishAssessmentReport(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PublishAssessmentReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRecipients($assessmentId: ID!) {\n    reportRecipients(assessmentId: $assessmentId) {\n      id\n      name\n      email\n    }\n  }\n"): typeof import('./graphql').ReportRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementTrend($e: ID!) {\n    engagementTrend(engagementId: $e) {\n      capabilityKey\n      capabilityName\n      areaName\n      points {\n        assessmentId\n        title\n        scoredAt\n        current\n        target\n      }\n    }\n  }\n"): typeof import('./graphql').EngagementTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryWorkflowRun($id: ID!) {\n    retryWorkflowRun(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RetryWorkflowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"): typeof import('./graphql').SetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementRecord on Placement {\n    id\n    matchId\n    roleId\n    candidateId\n    startDate\n    endDate\n    rateMinor\n    currency\n    allocation\n    createdAt\n  }\n"): typeof import('./graphql').PlacementRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCandidatesCsv($filter: CandidateFilter) {\n    exportCandidatesCsv(filter: $filter)\n  }\n"): typeof import('./graphql').ExportCandidatesCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCandidates($csv: String!, $dryRun: Boolean, $onlyLines: [Int!], $allowDuplicates: Boolean) {\n    importCandidates(csv: $csv, dryRun: $dryRun, onlyLines: $onlyLines, allowDuplicates: $allowDuplicates) {\n      accepted\n      rejected\n      dryRun\n      rows {\n        line\n        status\n        name\n        candidateId\n        duplicateOfId\n        reasons\n      }\n      rejectedCsv\n    }\n  }\n"): typeof import('./graphql').ImportCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateCsvTemplate {\n    candidateCsvTemplate\n  }\n"): typeof import('./graphql').CandidateCsvTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateDuplicates($id: ID!) {\n    candidateDuplicates(id: $id) {\n      candidate {\n        id\n        name\n        email\n        location\n      }\n      reasons\n    }\n  }\n"): typeof import('./graphql').CandidateDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCandidates($keepId: ID!, $mergeId: ID!) {\n    mergeCandidates(keepId: $keepId, mergeId: $mergeId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MergeCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCandidate($id: ID!, $reason: String!) {\n    eraseCandidate(id: $id, reason: $reason) {\n      candidateId\n      erasedAt\n    }\n  }\n"): typeof import('./graphql').EraseCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCandidateData($id: ID!) {\n    exportCandidateData(id: $id)\n  }\n"): typeof import('./graphql').ExportCandidateDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCandidateNote($candidateId: ID!, $body: String!) {\n    addCandidateNote(candidateId: $candidateId, body: $body) {\n      id\n      body\n      authorId\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AddCandidateNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateRecord on Candidate {\n    id\n    kind\n    name\n    email\n    phone\n    profileUrl\n    location\n    timeZone\n    seniority\n    skills {\n      skillId\n      skill {\n        id\n      }\n      level\n      evidence\n    }\n    availableFrom\n    allocation\n    dayRateMinor\n    salaryMinor\n    currency\n    cvText\n    consentBasis\n    consentGivenAt\n    consentExpiresAt\n    consentValid\n    lastContactAt\n    tags\n    notes {\n      id\n      body\n      authorId\n      createdAt\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').CandidateRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapabilityRecord on Capability {\n    id\n    frameworkId\n    areaId\n    key\n    name\n    description\n    nature\n    weight\n    levels\n    skills\n    defaultTarget\n    position\n  }\n"): typeof import('./graphql').CapabilityRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionRecord on Question {\n    id\n    templateId\n    capabilityId\n    key\n    prompt\n    helpText\n    type\n    options {\n      key\n      label\n      score\n    }\n    weight\n    allowsDontKnow\n    position\n  }\n"): typeof import('./graphql').QuestionRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AreaRecord on CapabilityArea {\n    id\n    frameworkId\n    key\n    name\n    description\n    position\n  }\n"): typeof import('./graphql').AreaRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkRecord on CapabilityFramework {\n    id\n    name\n    version\n    description\n    status\n    publishedAt\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').FrameworkRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateBrief on Candidate {\n    id\n    name\n    kind\n    seniority\n    availableFrom\n    timeZone\n    dayRateMinor\n    salaryMinor\n    currency\n  }\n"): typeof import('./graphql').CandidateBriefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankCandidates($roleId: ID!, $page: Int, $perPage: Int) {\n    rankCandidates(roleId: $roleId, page: $page, perPage: $perPage) {\n      roleId\n      modelVersion\n      total\n      candidates {\n        rank\n        candidateId\n        candidate {\n          ...CandidateBrief\n        }\n        score\n        factors {\n          factor\n          label\n          value\n          weight\n          contribution\n          detail\n        }\n        whatWouldChange\n        match {\n          id\n          stage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RankCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExcludedCandidates($roleId: ID!, $page: Int, $perPage: Int, $constraint: String) {\n    excludedCandidates(roleId: $roleId, page: $page, perPage: $perPage, constraint: $constraint) {\n      total\n      byConstraint {\n        constraint\n        count\n      }\n      candidates {\n        candidateId\n        candidate {\n          id\n          name\n          kind\n          seniority\n        }\n        failed {\n          constraint\n          detail\n        }\n        whatWouldChange\n      }\n    }\n  }\n"): typeof import('./graphql').ExcludedCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortlistCandidate($roleId: ID!, $candidateId: ID!, $reason: String) {\n    shortlistCandidate(roleId: $roleId, candidateId: $candidateId, reason: $reason) {\n      id\n      stage\n      stageChangedAt\n    }\n  }\n"): typeof import('./graphql').ShortlistCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMatchStage($id: ID!, $stage: MatchStage!, $reason: String, $placement: PlacementInput, $closeOthersReason: String, $idempotencyKey: String) {\n    moveMatchStage(id: $id, stage: $stage, reason: $reason, placement: $placement, closeOthersReason: $closeOthersReason, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      stageChangedAt\n    }\n  }\n"): typeof import('./graphql').MoveMatchStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitToClient($id: ID!, $contactIds: [ID!]!, $note: String!, $summary: String, $idempotencyKey: String) {\n    submitToClient(id: $id, contactIds: $contactIds, note: $note, summary: $summary, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      stageChangedAt\n      submittedContactIds\n      submissionNote\n      clientAlias\n    }\n  }\n"): typeof import('./graphql').SubmitToClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchRecord on Match {\n    id\n    roleId\n    candidateId\n    score\n    rank\n    stage\n    stageChangedAt\n    clientAlias\n    clientAnswer\n    clientReason\n    clientNote\n    clientSlots\n  }\n"): typeof import('./graphql').MatchRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPipeline {\n    myPipeline {\n      byStage {\n        stage\n        count\n      }\n      stuckCount\n      stuck {\n        id\n        roleId\n        roleTitle\n        candidateId\n        candidateName\n        stage\n        stageChangedAt\n        daysInStage\n      }\n    }\n  }\n"): typeof import('./graphql').MyPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDashboard {\n    clientDashboard {\n      reports {\n        assessmentId\n        title\n        engagementTitle\n        publishedAt\n      }\n      invitations {\n        id\n        status\n        assessmentStatus\n        assessmentTitle\n        engagementTitle\n        dueDate\n        closedNote\n      }\n      engagements {\n        id\n        title\n        stage\n        startDate\n        endDate\n      }\n    }\n  }\n"): typeof import('./graphql').ClientDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecruiterDashboard {\n    recruiterDashboard {\n      openRolesByAge {\n        label\n        count\n      }\n      consentExpiring {\n        id\n        name\n        consentExpiresAt\n      }\n      placementsThisMonth\n      dueForErasure\n    }\n  }\n"): typeof import('./graphql').RecruiterDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementScoredAssessments($engagementId: ID!) {\n    allAssessments(filter: { engagementId: $engagementId }, perPage: 100, sortField: \"createdAt\", sortOrder: \"DESC\") {\n      id\n      title\n      status\n      scoredAt\n    }\n  }\n"): typeof import('./graphql').EngagementScoredAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementGaps($assessmentId: ID!) {\n    allCapabilityGaps(filter: { assessmentId: $assessmentId }, perPage: 100, sortField: \"severity\", sortOrder: \"DESC\") {\n      id\n      current\n      target\n      size\n      severity\n      status\n      capability {\n        id\n        name\n      }\n      recommendations {\n        id\n        option\n        rank\n        state\n        decisionNote\n        decidedAt\n        draftedRoles {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EngagementGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReassessmentSchedule($engagementId: ID!, $everyDays: Int, $onClose: Boolean, $idempotencyKey: String) {\n    setReassessmentSchedule(engagementId: $engagementId, everyDays: $everyDays, onClose: $onClose, idempotencyKey: $idempotencyKey) {\n      id\n      reassessEveryDays\n      reassessOnClose\n      reassessNextDueAt\n    }\n  }\n"): typeof import('./graphql').SetReassessmentScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearReassessmentSchedule($engagementId: ID!, $idempotencyKey: String) {\n    clearReassessmentSchedule(engagementId: $engagementId, idempotencyKey: $idempotencyKey) {\n      id\n      reassessEveryDays\n      reassessOnClose\n      reassessNextDueAt\n    }\n  }\n"): typeof import('./graphql').ClearReassessmentScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCapabilityFramework($id: ID!) {\n    publishCapabilityFramework(id: $id) {\n      ...FrameworkRecord\n    }\n  }\n"): typeof import('./graphql').PublishCapabilityFrameworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewCapabilityFrameworkVersion($id: ID!) {\n    newCapabilityFrameworkVersion(id: $id) {\n      ...FrameworkRecord\n    }\n  }\n"): typeof import('./graphql').NewCapabilityFrameworkVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxFields on Inbox {\n    unread\n    latest {\n      id\n      title\n      body\n      link\n      readAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').InboxFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInbox {\n    myInbox {\n      ...InboxFields\n    }\n  }\n"): typeof import('./graphql').MyInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      ...InboxFields\n    }\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id\n      status\n      assessmentStatus\n      assessmentTitle\n      engagementTitle\n      dueDate\n      closedNote\n    }\n  }\n"): typeof import('./graphql').MyInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMyInvitation($id: ID!) {\n    startMyInvitation(id: $id) {\n      token\n    }\n  }\n"): typeof import('./graphql').StartMyInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresIn\n    user {\n      id\n      email\n      name\n      role\n      clientId\n    }\n  }\n"): typeof import('./graphql').AuthPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveEngagementStage($id: ID!, $stage: EngagementStage!, $note: String, $idempotencyKey: String) {\n    moveEngagementStage(id: $id, stage: $stage, note: $note, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').MoveEngagementStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenEngagement($id: ID!, $reason: String!, $idempotencyKey: String) {\n    reopenEngagement(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').ReopenEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngagementStats {\n    engagementStats {\n      byStage {\n        stage\n        count\n      }\n      openByOwner {\n        ownerId\n        ownerName\n        count\n      }\n      startedByMonth {\n        month\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').EngagementStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAssessment($id: ID!, $idempotencyKey: String) {\n    openAssessment(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      openedAt\n    }\n  }\n"): typeof import('./graphql').OpenAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAssessment($id: ID!, $force: Boolean, $reason: String, $idempotencyKey: String) {\n    closeAssessment(id: $id, force: $force, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      closedAt\n      closeReason\n    }\n  }\n"): typeof import('./graphql').CloseAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAssessmentTargets($id: ID!, $targets: [AssessmentTargetInput!]!) {\n    setAssessmentTargets(id: $id, targets: $targets) {\n      id\n      targets {\n        capabilityId\n        target\n      }\n    }\n  }\n"): typeof import('./graphql').SetAssessmentTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueStats {\n    queueStats {\n      name\n      waiting\n      active\n      delayed\n      failed\n      completed\n    }\n  }\n"): typeof import('./graphql').QueueStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedJobs($queue: String!, $page: Int) {\n    failedJobs(queue: $queue, page: $page) {\n      queue\n      id\n      name\n      failedReason\n      attemptsMade\n      failedAt\n      subjectType\n      subjectId\n      subjectLabel\n    }\n  }\n"): typeof import('./graphql').FailedJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedJob($queue: String!, $jobId: String!) {\n    retryFailedJob(queue: $queue, jobId: $jobId) {\n      queue\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RetryFailedJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportHeatmapFields on ReportHeatmap {\n    columns {\n      key\n      label\n      seats\n      respondents\n      identifiable\n    }\n    rows {\n      capabilityId\n      capabilityName\n      areaName\n      cells {\n        column\n        current\n        respondents\n      }\n    }\n  }\n"): typeof import('./graphql').ReportHeatmapFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportDisclosureFields on ReportDisclosure {\n    threshold\n    publishable\n    summary\n    seats {\n      respondentRole\n      respondents\n      outcome\n      reason\n    }\n  }\n"): typeof import('./graphql').ReportDisclosureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationFields on Recommendation {\n    id\n    option\n    score\n    rank\n    state\n    rulesetVersion\n    reasons {\n      code\n      sentence\n      inputs {\n        name\n        value\n      }\n    }\n    decisionNote\n    noteToClient\n    decidedAt\n    draftedRoles {\n      id\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').RecommendationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentReport($assessmentId: ID!) {\n    assessmentReport(assessmentId: $assessmentId) {\n      assessmentId\n      title\n      status\n      clientName\n      engagementTitle\n      scoredAt\n      publishedAt\n      renderedAt\n      summary {\n        invited\n        submitted\n        capabilities\n        scored\n        gaps\n        worstSeverity\n        overallCurrent\n        overallTarget\n      }\n      areas {\n        areaId\n        name\n        current\n        target\n      }\n      heatmap {\n        ...ReportHeatmapFields\n      }\n      clientHeatmap {\n        ...ReportHeatmapFields\n      }\n      disclosure {\n        ...ReportDisclosureFields\n      }\n      changes {\n        previousTitle\n        baselineTitle\n        summary\n        movedWithoutIntervention\n        capabilities {\n          key\n          name\n          areaName\n          target\n          current\n          previous\n          baseline\n          change\n          changeFromBaseline\n          noise\n          movement\n          interventions {\n            kind\n            label\n            on\n          }\n        }\n      }\n      gaps {\n        id\n        current\n        target\n        size\n        severity\n        status\n        capability {\n          id\n          key\n          name\n          nature\n        }\n        evidence {\n          questionId\n          prompt\n          respondentRole\n          value\n          answer\n          quote\n        }\n        recommendations {\n          ...RecommendationFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDisclosure($assessmentId: ID!) {\n    assessmentReport(assessmentId: $assessmentId) {\n      assessmentId\n      disclosure {\n        ...ReportDisclosureFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReportDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedReports {\n    publishedReports {\n      assessmentId\n      title\n      engagementTitle\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').PublishedReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRecommendation($id: ID!, $note: String, $noteToClient: String, $idempotencyKey: String) {\n    acceptRecommendation(id: $id, note: $note, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n      draftedRoles {\n        id\n        title\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRecommendation($id: ID!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {\n    rejectRecommendation(id: $id, reason: $reason, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n    }\n  }\n"): typeof import('./graphql').RejectRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideRecommendation($gapId: ID!, $option: RecommendationOption!, $reason: String!, $noteToClient: String, $idempotencyKey: String) {\n    overrideRecommendation(gapId: $gapId, option: $option, reason: $reason, noteToClient: $noteToClient, idempotencyKey: $idempotencyKey) {\n      id\n      state\n      decisionNote\n      noteToClient\n      decidedAt\n      draftedRoles {\n        id\n        title\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').OverrideRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationByToken($token: String!) {\n    invitationByToken(token: $token) {\n      status\n      assessmentStatus\n      respondentName\n      respondentRole\n      clientName\n      engagementTitle\n      assessmentTitle\n      purpose\n      instructions\n      dueDate\n      anonymityThreshold\n      estimatedMinutes\n      questionCount\n      savedAt\n      submittedAt\n      areas {\n        id\n        name\n        description\n        capabilities {\n          id\n          name\n          description\n          levels\n        }\n        questions {\n          id\n          capabilityId\n          prompt\n          helpText\n          type\n          options {\n            key\n            label\n            score\n          }\n          allowsDontKnow\n        }\n      }\n      answers {\n        questionId\n        scale\n        choices\n        text\n        dontKnow\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseReceiptFields on ResponseReceipt {\n    status\n    answered\n    questionCount\n    savedAt\n    submittedAt\n  }\n"): typeof import('./graphql').ResponseReceiptFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveResponseDraft($token: String!, $answers: [AnswerInput!]!) {\n    saveResponseDraft(token: $token, answers: $answers) {\n      ...ResponseReceiptFields\n    }\n  }\n"): typeof import('./graphql').SaveResponseDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResponse($token: String!, $answers: [AnswerInput!]!, $idempotencyKey: String!) {\n    submitResponse(token: $token, answers: $answers, idempotencyKey: $idempotencyKey) {\n      ...ResponseReceiptFields\n    }\n  }\n"): typeof import('./graphql').SubmitResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleRecord on Role {\n    id\n    clientId\n    engagementId\n    gapId\n    recommendationId\n    title\n    optionType\n    requiredSkills {\n      skillId\n      skill\n      minLevel\n      mustHave\n      weight\n    }\n    seniority\n    startDate\n    permanent\n    durationWeeks\n    allocation\n    budgetMinMinor\n    budgetMaxMinor\n    currency\n    minOverlapHours\n    status\n    gapStatus\n    matchCounts {\n      stage\n      count\n    }\n    shortlistFeedback {\n      submitted\n      summary\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').RoleRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShortlistProfileRecord on ShortlistProfile {\n    id\n    roleId\n    roleTitle\n    roleSeniority\n    alias\n    summary\n    stage\n    score\n    submittedAt\n    seniority\n    availableFrom\n    allocation\n    rateAgainstBudget\n    skills {\n      skill\n      level\n      minLevel\n      mustHave\n    }\n    factors {\n      factor\n      label\n      detail\n    }\n    answer\n    reason\n    note\n    slots\n    answeredAt\n  }\n"): typeof import('./graphql').ShortlistProfileRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerShortlistProfile($id: ID!, $answer: ShortlistAnswer!, $reason: ShortlistReason, $note: String, $slots: [DateTime!], $idempotencyKey: String) {\n    answerShortlistProfile(id: $id, answer: $answer, reason: $reason, note: $note, slots: $slots, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n      answer\n      reason\n      note\n      slots\n      answeredAt\n    }\n  }\n"): typeof import('./graphql').AnswerShortlistProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffingPlanRecord on StaffingPlan {\n    id\n    status\n    roleIds\n    candidatesPerRole\n    excludedCandidateIds\n    budgetCapMinor\n    currency\n    solver\n    error\n    runId\n    solvedAt\n    acceptedAt\n    createdAt\n    pins {\n      roleId\n      candidateId\n    }\n    plan {\n      totalScore\n      filled\n      totalCostMinor\n    }\n    greedy {\n      totalScore\n      filled\n      totalCostMinor\n    }\n    roles {\n      roleId\n      title\n      candidates\n      options {\n        candidateId\n        candidateName\n        score\n      }\n      plan {\n        candidateId\n        candidateName\n        score\n        costMinor\n      }\n      greedy {\n        candidateId\n        candidateName\n        score\n        costMinor\n      }\n      reason\n    }\n  }\n"): typeof import('./graphql').StaffingPlanRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffingPlan($roleIds: [ID!], $engagementId: ID, $candidatesPerRole: Int, $budgetCapMinor: Int) {\n    createStaffingPlan(roleIds: $roleIds, engagementId: $engagementId, candidatesPerRole: $candidatesPerRole, budgetCapMinor: $budgetCapMinor) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CreateStaffingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerunStaffingPlan($id: ID!, $pins: [StaffingPinInput!], $excludedCandidateIds: [ID!], $budgetCapMinor: Int) {\n    rerunStaffingPlan(id: $id, pins: $pins, excludedCandidateIds: $excludedCandidateIds, budgetCapMinor: $budgetCapMinor) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RerunStaffingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptStaffingPlan($id: ID!) {\n    acceptStaffingPlan(id: $id) {\n      id\n      status\n      acceptedAt\n    }\n  }\n"): typeof import('./graphql').AcceptStaffingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamChoiceFields on TeamChoice {\n    coverage\n    totalScore\n    totalCostMinor\n    availableFrom\n    sharedHours\n    uncovered\n    members {\n      candidateId\n      candidateName\n      score\n      costMinor\n      uniqueSkills\n      explanation\n      alternative {\n        candidateId\n        candidateName\n        coverageLoss\n        scoreLoss\n      }\n    }\n    skills {\n      skillId\n      name\n      minLevel\n      coveredBy {\n        candidateId\n        candidateName\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').TeamChoiceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecialistTeam($recommendationId: ID!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {\n    specialistTeam(recommendationId: $recommendationId, minSize: $minSize, maxSize: $maxSize, budgetMinor: $budgetMinor) {\n      recommendationId\n      minSize\n      maxSize\n      budgetMinor\n      candidatesConsidered\n      bound\n      skills {\n        skillId\n        name\n        minLevel\n        weight\n      }\n      greedy {\n        ...TeamChoiceFields\n      }\n      exact {\n        ...TeamChoiceFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpecialistTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamBuilderRole($id: ID!) {\n    Role(id: $id) {\n      id\n      title\n      status\n      currency\n      engagementId\n      recommendationId\n    }\n  }\n"): typeof import('./graphql').TeamBuilderRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSpecialistTeam($recommendationId: ID!, $candidateIds: [ID!]!, $minSize: Int, $maxSize: Int, $budgetMinor: Int) {\n    acceptSpecialistTeam(recommendationId: $recommendationId, candidateIds: $candidateIds, minSize: $minSize, maxSize: $maxSize, budgetMinor: $budgetMinor) {\n      id\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').AcceptSpecialistTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendUserInvitation($id: ID!) {\n    resendUserInvitation(id: $id) {\n      user {\n        id\n        name\n        email\n      }\n      sentAt\n      repeated\n    }\n  }\n"): typeof import('./graphql').ResendUserInvitationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
