import { vscode } from '../shared/vscodeApi';

/** A short Python file with generative-AI terms in its comments and code, to try hovers on. */
const SAMPLE = `# Rest the mouse on a term such as RLHF, embeddings or Amazon Bedrock to read what it
# means. "GenAI Study: Toggle Term Hovers" turns hovers off and on.
import json

import boto3

bedrock = boto3.client("bedrock-runtime")
MODEL_ID = "amazon.titan-text-express-v1"  # an Amazon Titan foundation model


# Retrieval-augmented generation (RAG): look up passages close to the question in a
# vector database and add them to the prompt, so the LLM answers from facts and
# makes fewer hallucinations.
def answer(question: str, vector_store, embed) -> str:
    passages = vector_store.similarity_search(embed(question), k=3)
    prompt = f"Answer from these passages only.\\n\\n{passages}\\n\\nQuestion: {question}"
    # Inference parameters: a low temperature makes the completion less random.
    config = {"temperature": 0.2, "maxTokenCount": 512}
    body = json.dumps({"inputText": prompt, "textGenerationConfig": config})
    response = bedrock.invoke_model(modelId=MODEL_ID, body=body)
    return json.loads(response["body"].read())["results"][0]["outputText"]


# Few-shot prompting puts examples in the context window;
# fine-tuning and RLHF change the weights.
`;

/** Opens the sample in an untitled Python editor. */
export async function openSample(): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'python', content: SAMPLE });
  await vscode.window.showTextDocument(doc);
}
