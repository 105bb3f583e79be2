// The AIF-C01 exam guide as data: its five domains with their weights, task statements and skills.
// Skill ids follow the guide's numbering ("3.1.b": domain 3, task statement 3.1, skill b).

export interface ExamDomain {
  readonly domain: number;
  readonly title: string;
  /** Share of the scored questions, in percent. */
  readonly weight: number;
}

export interface ExamSkill {
  readonly id: string;
  readonly domain: number;
  readonly task: string;
  /** What the skill asks, in a few words. */
  readonly label: string;
  /** 'v1.4': only in version 1.4 of the guide; 'new': only in the revised guide. */
  readonly version?: 'v1.4' | 'new';
}

export const GUIDE_DOMAINS: readonly ExamDomain[] = [
  { domain: 1, title: 'Fundamentals of AI and ML', weight: 20 },
  { domain: 2, title: 'Fundamentals of Generative AI', weight: 24 },
  { domain: 3, title: 'Applications of Foundation Models', weight: 28 },
  { domain: 4, title: 'Guidelines for Responsible AI', weight: 14 },
  { domain: 5, title: 'Security, Compliance, and Governance for AI Solutions', weight: 14 },
];

/** Pass mark of the scaled score (100 to 1,000). */
export const PASS_SCALED = 700;

const S = (id: string, label: string, version?: ExamSkill['version']): ExamSkill => ({
  id,
  domain: Number(id[0]),
  task: id.slice(0, 3),
  label,
  ...(version ? { version } : {}),
});

export const EXAM_SKILLS: readonly ExamSkill[] = [
  S('1.1.a', 'Basic AI terms: AI, ML, deep learning, CV, NLP, model, training vs inference, bias, fit'),
  S('1.1.b', 'How AI, ML, deep learning, generative and agentic AI relate'),
  S('1.1.c', 'Kinds of inference: real-time, batch, asynchronous, serverless'),
  S('1.1.d', 'Kinds of data: labeled, unlabeled, tabular, time-series, image, text, structured'),
  S('1.1.e', 'Supervised, unsupervised and reinforcement learning'),
  S('1.2.a', 'Where AI/ML adds value'),
  S('1.2.b', 'When AI/ML is the wrong tool'),
  S('1.2.c', 'Regression, classification or clustering for a use case'),
  S('1.2.d', 'Real-world applications of AI'),
  S('1.2.e', 'What the managed AWS AI services do'),
  S('1.2.f', 'Traditional ML or a foundation model', 'new'),
  S('1.3.a', 'Stages of an ML pipeline'),
  S('1.3.b', 'Sources of models: pre-trained or custom'),
  S('1.3.c', 'Serving a model: managed API or self-hosted'),
  S('1.3.d', 'AWS services for each pipeline stage'),
  S('1.3.e', 'MLOps'),
  S('1.3.f', 'Model metrics and business metrics'),
  S('2.1.a', 'Tokens, chunking, embeddings, vectors, FMs, prompt engineering'),
  S('2.1.b', 'Generative AI use cases'),
  S('2.1.c', 'The foundation-model lifecycle'),
  S('2.1.d', 'Token-based pricing, cost and speed', 'new'),
  S('2.1.e', 'Context engineering', 'new'),
  S('2.1.f', 'Agentic AI basics: multi-agent, MCP, memory, tools, orchestration', 'new'),
  S('2.2.a', 'Advantages of generative AI'),
  S('2.2.b', 'Disadvantages: hallucination, interpretability, inaccuracy, nondeterminism'),
  S('2.2.c', 'Factors for choosing a generative AI model'),
  S('2.2.d', 'Business value and metrics of generative AI apps'),
  S('2.3.a', 'AWS services and features for generative AI'),
  S('2.3.b', 'Why AWS generative AI services help'),
  S('2.3.c', 'What AWS infrastructure brings: security, compliance, shared responsibility'),
  S('2.3.d', 'Cost trade-offs of AWS generative AI services'),
  S('3.1.a', 'Criteria for choosing a pre-trained model'),
  S('3.1.b', 'Inference parameters and their effect'),
  S('3.1.c', 'RAG and Amazon Bedrock Knowledge Bases'),
  S('3.1.d', 'AWS services that store embeddings'),
  S('3.1.e', 'Cost trade-offs of FM customization'),
  S('3.1.f', 'What agents do'),
  S('3.2.a', 'Parts of a prompt: context, instruction, negative prompt'),
  S('3.2.b', 'Prompting techniques: zero-, one-, few-shot, chain-of-thought, templates'),
  S('3.2.c', 'Benefits and good practice of prompt engineering'),
  S('3.2.d', 'Prompt risks: exposure, poisoning, hijacking, jailbreaking'),
  S('3.2.e', 'Amazon Bedrock Prompt Management', 'new'),
  S('3.3.a', 'Elements of training an FM: pre-training, fine-tuning, distillation'),
  S('3.3.b', 'Ways to fine-tune an FM'),
  S('3.3.c', 'Preparing fine-tuning data'),
  S('3.4.a', 'Evaluating an FM: humans, benchmarks, Bedrock Model Evaluation'),
  S('3.4.b', 'Output metrics: ROUGE, BLEU, BERTScore, LLM-as-a-judge'),
  S('3.4.c', 'Whether an FM meets business goals'),
  S('3.4.d', 'Evaluating RAG, agents and workflows', 'new'),
  S('3.4.e', 'Business metrics of AI applications', 'new'),
  S('4.1.a', 'Features of responsible AI'),
  S('4.1.b', 'Tools for responsible AI, such as Guardrails'),
  S('4.1.c', 'Responsible model selection: sustainability'),
  S('4.1.d', 'Legal risks of generative AI'),
  S('4.1.e', 'Qualities of a good dataset'),
  S('4.1.f', 'Effects of bias and variance'),
  S('4.1.g', 'Detecting and monitoring bias and truthfulness'),
  S('4.2.a', 'Transparent and explainable models'),
  S('4.2.b', 'Tools for transparency: Model Cards, open models, licenses'),
  S('4.2.c', 'Trade-offs between safety and transparency'),
  S('4.2.d', 'Human-centered design for explainable AI'),
  S('5.1.a', 'AWS services and features that secure AI systems'),
  S('5.1.b', 'Source citation, data lineage and cataloging'),
  S('5.1.c', 'Secure data engineering'),
  S('5.1.d', 'Security and privacy concerns of AI systems'),
  S('5.1.e', 'Detecting hallucinations and grounding outputs', 'new'),
  S('5.2.a', 'AWS services for governance and compliance'),
  S('5.2.b', 'Data governance strategies'),
  S('5.2.c', 'Governance protocols and frameworks'),
  S('5.2.d', 'Regulatory standards: ISO, SOC, accountability laws', 'v1.4'),
];

const BY_ID = new Map(EXAM_SKILLS.map(s => [s.id, s]));

export function examSkill(id: string): ExamSkill | undefined {
  return BY_ID.get(id);
}

/** Services AWS has retired: a note may name them only as history (see retiredMentions). */
export const RETIRED_SERVICES: readonly { readonly name: string; readonly ended: string }[] = [
  { name: 'Amazon Sumerian', ended: 'closed in 2023' },
  { name: 'Amazon Nimble Studio', ended: 'discontinued' },
  { name: 'Amazon CodeWhisperer', ended: 'renamed Amazon Q Developer in 2024' },
  { name: 'Amazon Elasticsearch Service', ended: 'renamed Amazon OpenSearch Service in 2021' },
];
