import { vscode } from '../shared/vscodeApi';
import { askExam } from '../progress/progressCommands';
import { Command, PanelType, View } from '../shared/commands';
import type { Services } from '../shared/services';
import { isTopicNode } from '../topics/topicsTree';

/** The quiz in the sidebar and the editor panel, and the commands that start one. */
export function registerQuiz(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const { quiz, knowledge } = services;
  const scopeOf = (arg: unknown) =>
    typeof arg === 'string'
      ? { conceptId: arg }
      : isTopicNode(arg)
        ? arg.kind === 'topic'
          ? { topicId: arg.topic.id }
          : { conceptId: arg.concept.id }
        : undefined;
  return [
    quiz,
    vscode.window.registerWebviewViewProvider(View.Quiz, quiz),
    vscode.window.registerWebviewPanelSerializer(PanelType.Quiz, quiz),
    vscode.commands.registerCommand(Command.OpenQuizPanel, () => quiz.openPanel()),
    vscode.commands.registerCommand(Command.StartReview, () => quiz.openPanel({ review: true })),
    vscode.commands.registerCommand(Command.StartMockExam, async () => {
      const scope = await askExam(knowledge);
      if (scope) await quiz.openPanel(scope);
    }),
    vscode.commands.registerCommand(Command.QuizConcept, (arg: unknown) => quiz.openPanel(scopeOf(arg))),
  ];
}
