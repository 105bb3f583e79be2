/** Every command id the extension contributes, in one place (package.json lists the same ids). */
export const enum Command {
  LookUp = 'genaiStudy.lookUp',
  OpenConcept = 'genaiStudy.openConcept',
  OpenQuizPanel = 'genaiStudy.openQuizPanel',
  QuizConcept = 'genaiStudy.quizConcept',
  Refresh = 'genaiStudy.refresh',
  ToggleHover = 'genaiStudy.toggleHover',
  CopyDefinition = 'genaiStudy.copyDefinition',
  OpenSource = 'genaiStudy.openSource',
  StartReview = 'genaiStudy.startReview',
  StartMockExam = 'genaiStudy.startMockExam',
  ExportProgress = 'genaiStudy.exportProgress',
  ImportProgress = 'genaiStudy.importProgress',
  ResetProgress = 'genaiStudy.resetProgress',
  OpenSample = 'genaiStudy.openSample',
  QuizFile = 'genaiStudy.quizFile',
  OpenReadiness = 'genaiStudy.openReadiness',
}

/** View ids, as in package.json. */
export const enum View {
  Topics = 'genaiStudy.topics',
  Quiz = 'genaiStudy.quiz',
  InThisFile = 'genaiStudy.inThisFile',
}

/** Webview panel types, as registered for serializers. */
export const enum PanelType {
  Concept = 'genaiStudy.concept',
  Quiz = 'genaiStudy.quizPanel',
  Readiness = 'genaiStudy.readiness',
}
