// The concept view's script: related links navigate, "Quiz me" starts a quiz, state survives reloads.
import type { ConceptState, FromConceptWebview } from '../protocol';
import { connect } from './vscodeApi';

const vscode = connect<FromConceptWebview, ConceptState>();
const main = document.getElementById('concept');
if (main?.dataset.state) vscode.setState(JSON.parse(main.dataset.state) as ConceptState);

document.addEventListener('click', event => {
  const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-concept]');
  if (!target) return;
  event.preventDefault();
  const id = target.dataset.concept ?? '';
  vscode.post(target.id === 'quiz-me' ? { type: 'quiz', id } : { type: 'open', id });
});
