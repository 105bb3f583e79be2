import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TermIndex, findTermAt, termIndexOf, tokenize } from '../../src/core';
import { bundledKb, kbOf, note } from './helpers';
import HOVER_ROWS from './hover-cases.json';

/**
 * Real-looking lines of code, comments and Markdown. Each case hovers the first occurrence of
 * `term` in `line` (at `at` characters into it, default its middle) and expects the concept id,
 * or null for no hover. `covers` is the exact text the hover range must cover (default `term`).
 */
const CASES: { line: string; term: string; id: string | null; at?: number; covers?: string }[] = [
  // Python
  { line: '# Fine-tune the base model with RLHF after instruction tuning.', term: 'RLHF', id: 'rlhf' },
  { line: '# Fine-tune the base model with RLHF after instruction tuning.', term: 'Fine-tune', id: 'fine-tuning' },
  {
    line: '# Fine-tune the base model with RLHF after instruction tuning.',
    term: 'instruction tuning',
    id: 'instruction-fine-tuning',
  },
  { line: 'from transformers import AutoTokenizer, AutoModelForCausalLM', term: 'transformers', id: 'transformer' },
  { line: 'from transformers import AutoTokenizer, AutoModelForCausalLM', term: 'AutoTokenizer', id: null, at: 6 },
  { line: 'tokenizer = AutoTokenizer.from_pretrained("gpt2")', term: 'tokenizer', id: 'tokenizer' },
  { line: 'input_ids = tokenizer(prompt, return_tensors="pt").input_ids', term: 'input_ids', id: 'token-id' },
  { line: 'embeddings = model.get_input_embeddings()', term: 'embeddings', id: 'embedding' },
  {
    line: 'pipe = StableDiffusionPipeline.from_pretrained("stabilityai/sd-2")',
    term: 'StableDiffusionPipeline',
    id: 'stable-diffusion',
    at: 8,
    covers: 'StableDiffusion',
  },
  { line: 'vae = AutoencoderKL.from_pretrained(path, subfolder="vae")', term: 'vae', id: 'vae' },
  { line: 'import torch.nn as nn', term: 'torch', id: 'pytorch' },
  { line: 'class Discriminator(nn.Module):', term: 'Discriminator', id: 'discriminator' },
  { line: 'def train_gan(generator, discriminator, data_loader):', term: 'generator', id: 'generator' },
  { line: 'def train_gan(generator, discriminator, data_loader):', term: 'gan', id: 'gan' },
  { line: 'noise = torch.randn(batch, latent_dim)', term: 'noise', id: 'random-noise' },
  {
    line: 'latent_space = encoder(images)  # compress into the latent space',
    term: 'latent_space',
    id: 'latent-space',
  },
  { line: 'use_rag = True', term: 'rag', id: null },
  { line: 'USE_RAG = True', term: 'RAG', id: 'rag' },
  { line: 'rag_pipeline = build()', term: 'rag', id: null },
  { line: 'client = boto3.client("bedrock-runtime")', term: 'bedrock', id: null },
  { line: 'client = boto3.client("s3")', term: 's3', id: 'amazon-s3' },
  { line: 'response = bedrock_client.invoke_model(modelId="amazon.titan-text-express-v1")', term: 'titan', id: null },
  { line: 'access_token = os.environ["HF_TOKEN"]', term: 'token', id: null },
  { line: 'def softmax(logits):', term: 'softmax', id: 'softmax' },
  {
    line: 'x = layer_norm(x + attention(x))  # residual connection',
    term: 'residual connection',
    id: 'residual-connections',
  },
  { line: 'x = layer_norm(x + attention(x))  # residual connection', term: 'layer_norm', id: 'layer-normalization' },
  { line: 'scores = q @ k.T / math.sqrt(d)  # self-attention', term: 'self-attention', id: 'self-attention' },
  { line: 'fragment = storage.get(organ_id)', term: 'fragment', id: null },
  { line: 'fragment = storage.get(organ_id)', term: 'storage', id: null },
  { line: 'fragment = storage.get(organ_id)', term: 'organ', id: null },
  { line: 'garage_door = tragic_story(elegant=True)', term: 'garage', id: null },
  { line: 'garage_door = tragic_story(elegant=True)', term: 'elegant', id: null },
  { line: 'player = Player(name="Morgan", team="Albert")', term: 'Morgan', id: null },
  { line: 'player = Player(name="Morgan", team="Albert")', term: 'Albert', id: null },
  { line: 'metal = "titanium"', term: 'titanium', id: null },
  // TypeScript and JavaScript
  { line: 'const accessToken = await getToken();', term: 'accessToken', id: null, at: 8 },
  { line: 'const { data } = useContext(AppContext);', term: 'useContext', id: null, at: 5 },
  { line: 'const encoder = new Base64Encoder();', term: 'Base64Encoder', id: null, at: 9 },
  { line: 'const encoder = new TextEncoder();', term: 'encoder', id: 'encoder' },
  { line: 'export async function callLLM(prompt: string): Promise<string> {', term: 'LLM', id: 'llm' },
  { line: 'export async function callLLM(prompt: string): Promise<string> {', term: 'prompt', id: 'prompt' },
  { line: 'const contextWindow = 200_000; // tokens', term: 'contextWindow', id: 'context-window' },
  { line: 'const contextWindow = 200_000; // tokens', term: 'tokens', id: 'token' },
  { line: 'const fewShotExamples = examples.slice(0, 3);', term: 'fewShot', id: 'few-shot-inference' },
  { line: 'if (isZeroShot) { return zeroShotPrompt(task); }', term: 'zeroShot', id: 'zero-shot-inference' },
  { line: 'const vectorStore = new VectorDB({ dims: 1536 });', term: 'vectorStore', id: 'vector-database' },
  { line: 'const teleprompter = new Teleprompter();', term: 'teleprompter', id: null },
  {
    line: 'import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";',
    term: 'BedrockRuntimeClient',
    id: 'amazon-bedrock',
    at: 3,
    covers: 'Bedrock',
  },
  { line: 'const llms = await listLLMs();', term: 'LLMs', id: 'llm' },
  { line: 'const meta = document.querySelector("meta");', term: 'meta', id: null },
  { line: 'const whisper = quietly(voice);', term: 'whisper', id: null },
  // Comments and prose
  {
    line: '// Hallucinations are more likely when the model lacks context.',
    term: 'Hallucinations',
    id: 'hallucination',
  },
  {
    line: '// TODO: switch to Amazon SageMaker JumpStart for the base model',
    term: 'Amazon SageMaker JumpStart',
    id: 'amazon-sagemaker-jumpstart',
    at: 18,
  },
  {
    line: '// TODO: switch to Amazon SageMaker JumpStart for the base model',
    term: 'Amazon',
    id: 'amazon-sagemaker-jumpstart',
    covers: 'Amazon SageMaker JumpStart',
  },
  {
    line: '/* Uses Amazon Titan embeddings via Amazon Bedrock. */',
    term: 'Titan',
    id: 'amazon-titan',
    covers: 'Amazon Titan',
  },
  {
    line: '/* Uses Amazon Titan embeddings via Amazon Bedrock. */',
    term: 'Bedrock',
    id: 'amazon-bedrock',
    covers: 'Amazon Bedrock',
  },
  { line: "# The LLM's output is non-deterministic.", term: "LLM's", id: 'llm', at: 1 },
  { line: "# The LLM's output is non-deterministic.", term: 'non-deterministic', id: 'non-determinism' },
  { line: '<!-- see docs on retrieval-augmented generation -->', term: 'retrieval-augmented generation', id: 'rag' },
  // Markdown
  { line: '## Foundation models and pre-training', term: 'Foundation models', id: 'foundation-model' },
  { line: '## Foundation models and pre-training', term: 'pre-training', id: 'pre-training' },
  {
    line: '- Diffusion models start from random noise and denoise step by step.',
    term: 'Diffusion models',
    id: 'diffusion-model',
  },
  {
    line: '- Diffusion models start from random noise and denoise step by step.',
    term: 'random noise',
    id: 'random-noise',
  },
  {
    line: 'A **variational autoencoder** samples from a latent space.',
    term: 'variational autoencoder',
    id: 'vae',
    at: 3,
  },
  {
    line: 'A **variational autoencoder** samples from a latent space.',
    term: 'autoencoder',
    id: 'vae',
    covers: 'variational autoencoder',
  },
  { line: 'GANs pit a generator against a discriminator.', term: 'GANs', id: 'gan' },
  { line: 'The bedrock of good study is practice.', term: 'bedrock', id: null },
  { line: 'Use RAG when answers must cite company documents.', term: 'RAG', id: 'rag' },
  { line: 'She wore a rag on her head.', term: 'rag', id: null },
  {
    line: 'Continued pre-training (also called domain adaptation) widens knowledge.',
    term: 'Continued pre-training',
    id: 'continued-pre-training',
  },
  {
    line: 'Transfer learning reuses a trained model; fine-tuning is one kind.',
    term: 'Transfer learning',
    id: 'transfer-learning',
  },
  {
    line: 'Prompt engineering is cheaper than fine-tuning.',
    term: 'Prompt engineering',
    id: 'prompt-engineering',
    at: 2,
  },
  {
    line: 'Amazon Q Developer (formerly CodeWhisperer) suggests code.',
    term: 'CodeWhisperer',
    id: 'amazon-q-developer',
  },
  {
    line: 'Provisioned Throughput is typically needed for custom models.',
    term: 'Provisioned Throughput',
    id: 'provisioned-throughput',
  },
  { line: 'Whisper transcribes speech; it is not a diffusion model.', term: 'Whisper', id: 'whisper' },
  { line: 'A context of 8k tokens is small.', term: 'context', id: null },
  { line: 'The FM lifecycle ends with feedback.', term: 'FM lifecycle', id: 'foundation-model-lifecycle' },
  { line: 'the fm radio played softly', term: 'fm', id: null },
  {
    line: 'Zero-shot, one-shot and few-shot prompting differ in examples.',
    term: 'one-shot',
    id: 'one-shot-inference',
  },
  {
    line: 'Self-supervised learning needs no human labels.',
    term: 'Self-supervised learning',
    id: 'self-supervised-learning',
  },
  { line: 'ChatGPT runs on the GPT family.', term: 'ChatGPT', id: 'chatgpt' },
  { line: 'The GPT family powers ChatGPT.', term: 'GPT', id: 'gpt' },
  // More Python: transformers, PyTorch, diffusers, LangChain, boto3 and SageMaker
  { line: 'model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-2-7b-hf")', term: 'meta', id: null },
  {
    line: 'outputs = model.generate(input_ids, max_new_tokens=256, temperature=0.7)',
    term: 'max_new_tokens',
    id: 'maximum-tokens',
  },
  {
    line: 'outputs = model.generate(input_ids, max_new_tokens=256, temperature=0.7)',
    term: 'temperature',
    id: 'temperature',
  },
  {
    line: 'outputs = model.generate(input_ids, max_new_tokens=256, temperature=0.7)',
    term: 'input_ids',
    id: 'token-id',
  },
  { line: 'probs = torch.softmax(logits[:, -1, :], dim=-1)', term: 'softmax', id: 'softmax' },
  { line: 'probs = torch.softmax(logits[:, -1, :], dim=-1)', term: 'torch', id: 'pytorch' },
  { line: 'loss = criterion(outputs, labels)', term: 'loss', id: 'loss-function' },
  { line: 'loss = criterion(outputs, labels)', term: 'labels', id: 'labeled-data' },
  { line: 'train_loss += loss.item()', term: 'train_loss', id: 'loss-function', at: 7, covers: 'loss' },
  { line: 'attention_mask = inputs["attention_mask"]', term: 'attention', id: null },
  { line: 'q, k, v = self.qkv(x).chunk(3, dim=-1)', term: 'qkv', id: 'qkv-vectors' },
  { line: 'self.layer_norm = nn.LayerNorm(d_model)', term: 'LayerNorm', id: 'layer-normalization' },
  { line: 'x = x + self.dropout(self.self_attn(x))', term: 'self_attn', id: null },
  { line: 'pos_emb = self.positional_encoding(positions)', term: 'positional_encoding', id: 'positional-encoding' },
  { line: 'embeddings = self.embedding_layer(token_ids)', term: 'embedding_layer', id: 'embedding-layer' },
  { line: 'embeddings = self.embedding_layer(token_ids)', term: 'token_ids', id: 'token-id' },
  { line: 'vocab_size = tokenizer.vocab_size', term: 'vocab_size', id: 'vocabulary', at: 2, covers: 'vocab' },
  { line: 'vocab_size = tokenizer.vocab_size', term: 'tokenizer', id: 'tokenizer' },
  { line: 'z = self.encoder(x); x_hat = self.decoder(z)', term: 'decoder', id: 'decoder' },
  { line: 'mu, logvar = self.vae_encoder(x)', term: 'vae_encoder', id: 'vae', at: 1, covers: 'vae' },
  { line: 'mu, logvar = self.vae_encoder(x)', term: 'encoder', id: null },
  { line: 'fake = generator(noise)', term: 'noise', id: 'random-noise' },
  {
    line: 'd_loss = discriminator_loss(real_pred, fake_pred)',
    term: 'discriminator_loss',
    id: 'discriminator',
    at: 3,
    covers: 'discriminator',
  },
  { line: 'noise_pred = unet(latents, t, encoder_hidden_states=text_emb).sample', term: 'noise_pred', id: null, at: 2 },
  {
    line: 'noise_pred = unet(latents, t, encoder_hidden_states=text_emb).sample',
    term: 'encoder_hidden_states',
    id: null,
    at: 2,
  },
  { line: 'image = pipe(prompt, num_inference_steps=50).images[0]', term: 'prompt', id: 'prompt' },
  { line: 'image = pipe(prompt, num_inference_steps=50).images[0]', term: 'inference', id: null },
  {
    line: 'pipe = DiffusionPipeline.from_pretrained(repo_id)',
    term: 'DiffusionPipeline',
    id: 'diffusion-model',
    at: 2,
    covers: 'Diffusion',
  },
  { line: 'retriever = db.as_retriever(search_kwargs={"k": 4})', term: 'search', id: null },
  { line: 'chain = RetrievalQA.from_chain_type(llm=llm, retriever=retriever)', term: 'RetrievalQA', id: null, at: 10 },
  { line: 'chain = RetrievalQA.from_chain_type(llm=llm, retriever=retriever)', term: 'llm', id: 'llm' },
  {
    line: 'from langchain_aws import BedrockEmbeddings',
    term: 'BedrockEmbeddings',
    id: 'amazon-bedrock',
    at: 2,
    covers: 'Bedrock',
  },
  { line: 'from langchain_aws import BedrockEmbeddings', term: 'Embeddings', id: null },
  {
    line: 'bedrock = boto3.client(service_name="bedrock-runtime", region_name="us-east-1")',
    term: 'bedrock',
    id: null,
  },
  { line: 'response = client.invoke_model(body=body, modelId="anthropic.claude-v2")', term: 'anthropic', id: null },
  { line: 'model_id = "amazon.titan-embed-text-v1"', term: 'amazon', id: null },
  { line: 'model_id = "amazon.titan-embed-text-v1"', term: 'titan', id: null },
  { line: 'model_id = "cohere.command-text-v14"', term: 'cohere', id: null },
  { line: 'model_id = "mistral.mistral-7b-instruct-v0:2"', term: 'mistral', id: null },
  { line: 'model_id = "stability.stable-diffusion-xl-v1"', term: 'stability', id: null },
  { line: 'model_id = "stability.stable-diffusion-xl-v1"', term: 'stable-diffusion', id: 'stable-diffusion' },
  {
    line: 'sagemaker_session = sagemaker.Session()',
    term: 'sagemaker_session',
    id: 'amazon-sagemaker',
    at: 2,
    covers: 'sagemaker',
  },
  { line: 'from sagemaker.jumpstart.model import JumpStartModel', term: 'jumpstart', id: null },
  {
    line: 'from sagemaker.jumpstart.model import JumpStartModel',
    term: 'JumpStartModel',
    id: 'amazon-sagemaker-jumpstart',
    at: 2,
    covers: 'JumpStart',
  },
  {
    line: 'predictor = model.deploy(initial_instance_count=1, instance_type="ml.g5.2xlarge")',
    term: 'deploy',
    id: 'deployment',
  },
  { line: 'predictor = model.deploy(initial_instance_count=1, instance_type="ml.g5.2xlarge")', term: 'ml', id: null },
  { line: 'instance_type = "ml.inf2.xlarge"', term: 'inf2', id: 'aws-inferentia' },
  { line: 'instance_type = "ml.trn1.32xlarge"', term: 'trn1', id: 'aws-trainium' },
  { line: 'ec2 = boto3.client("ec2")', term: 'ec2', id: 'amazon-ec2' },
  {
    line: '# Use Amazon Bedrock Guardrails to filter toxic content.',
    term: 'toxic content',
    id: 'bias-and-harmful-content',
  },
  { line: '# Custom models need Provisioned Throughput.', term: 'Custom models', id: 'bedrock-model-customization' },
  {
    line: 'hallucination_rate = score(outputs)',
    term: 'hallucination_rate',
    id: 'hallucination',
    at: 3,
    covers: 'hallucination',
  },
  { line: 'def fine_tune(model, dataset, epochs=3):', term: 'fine_tune', id: 'fine-tuning' },
  {
    line: 'rlhf_trainer = PPOTrainer(config, model, ref_model, tokenizer)',
    term: 'rlhf_trainer',
    id: 'rlhf',
    at: 1,
    covers: 'rlhf',
  },
  { line: 'reward_model = AutoModelForSequenceClassification.from_pretrained(path)', term: 'Classification', id: null },
  {
    line: 'temperature = 0.2  # lower temperature, less non-determinism',
    term: 'non-determinism',
    id: 'non-determinism',
  },
  { line: 'MAX_CONTEXT_TOKENS = 8192', term: 'CONTEXT', id: null },
  {
    line: 'prompt_template = "Answer using only the context below."',
    term: 'prompt_template',
    id: 'prompt-template',
    at: 2,
  },
  { line: 'prompt_template = "Answer using only the context below."', term: 'context', id: null },
  { line: 'few_shot_examples = load_examples(k=3)', term: 'few_shot', id: 'few-shot-inference' },
  { line: 'classifier = pipeline("zero-shot-classification")', term: 'zero-shot', id: 'zero-shot-inference' },
  { line: 'classifier = pipeline("zero-shot-classification")', term: 'classification', id: null },
  { line: 'classifier = pipeline("sentiment-analysis")', term: 'sentiment-analysis', id: 'sentiment-analysis' },
  { line: 'ner = pipeline("ner", aggregation_strategy="simple")', term: 'ner', id: 'named-entity-recognition' },
  { line: 'summarizer = pipeline("summarization")', term: 'summarization', id: 'text-summarization' },
  { line: 'translator = pipeline("translation_en_to_fr")', term: 'translation', id: null },
  {
    line: 'asr = pipeline("automatic-speech-recognition", model="openai/whisper-large-v3")',
    term: 'asr',
    id: 'speech-recognition',
  },
  {
    line: 'asr = pipeline("automatic-speech-recognition", model="openai/whisper-large-v3")',
    term: 'speech',
    id: 'speech-recognition',
    covers: 'automatic-speech-recognition',
  },
  {
    line: 'asr = pipeline("automatic-speech-recognition", model="openai/whisper-large-v3")',
    term: 'whisper',
    id: null,
  },
  {
    line: 'asr = pipeline("automatic-speech-recognition", model="openai/whisper-large-v3")',
    term: 'openai',
    id: 'openai',
  },
  {
    line: 'captioner = pipeline("image-to-text", model="Salesforce/blip-image-captioning-base")',
    term: 'image-captioning',
    id: 'image-captioning',
  },
  { line: 'pipe = StableDiffusionInpaintPipeline.from_pretrained(repo)', term: 'Inpaint', id: null },
  { line: 'gan = GAN(latent_dim=100)', term: 'GAN', id: 'gan' },
  { line: 'gan = GAN(latent_dim=100)', term: 'latent_dim', id: null, at: 2 },
  { line: 'class VAE(nn.Module):', term: 'VAE', id: 'vae' },
  { line: 'class TransformerBlock(nn.Module):', term: 'TransformerBlock', id: null, at: 3 },
  { line: 'class SelfAttention(nn.Module):', term: 'SelfAttention', id: 'self-attention' },
  { line: 'class MultiHeadAttention(nn.Module):', term: 'Attention', id: null },
  { line: 'class ResidualConnection(nn.Module):', term: 'ResidualConnection', id: 'residual-connections' },
  { line: 'import tensorflow as tf', term: 'tensorflow', id: 'tensorflow' },
  { line: 'layer = tf.keras.layers.Embedding(vocab_size, 128)', term: 'Embedding', id: 'embedding' },
  { line: 'rnn = nn.LSTM(input_size, hidden_size)', term: 'rnn', id: 'rnn' },
  { line: 'rnn = nn.LSTM(input_size, hidden_size)', term: 'input_size', id: null, at: 2 },
  { line: 'cnn_features = self.cnn(images)', term: 'cnn', id: 'cnn' },
  { line: 'gpu_count = torch.cuda.device_count()', term: 'gpu_count', id: 'gpu', at: 1, covers: 'gpu' },
  {
    line: 'resolver = tf.distribute.cluster_resolver.TPUClusterResolver()',
    term: 'TPUClusterResolver',
    id: 'tpu',
    at: 1,
    covers: 'TPU',
  },
  { line: 'device = torch.device("cuda:0")', term: 'cuda', id: null },
  // YAML, JSON, shell
  { line: '  model_id: "anthropic.claude-3-sonnet-20240229-v1:0"', term: 'anthropic', id: null },
  { line: 'embedding_model: amazon.titan-embed-text-v2', term: 'embedding_model', id: null, at: 2 },
  { line: '"hyperparameters": {"epochs": 3, "learning_rate": 2e-5}', term: 'hyperparameters', id: 'hyperparameters' },
  { line: '"weight_decay": 0.01,', term: 'weight_decay', id: null, at: 2 },
  { line: 'aws s3 cp ./train.jsonl s3://my-bucket/fine-tuning/', term: 'fine-tuning', id: 'fine-tuning' },
  { line: 'aws bedrock list-foundation-models --region us-east-1', term: 'foundation-models', id: 'foundation-model' },
  {
    line: 'aws bedrock list-foundation-models --region us-east-1',
    term: 'bedrock',
    id: 'amazon-bedrock',
    covers: 'aws bedrock',
  },
  // TypeScript
  { line: 'const llmResponse = await callLLM(prompt);', term: 'llmResponse', id: 'llm', at: 1, covers: 'llm' },
  { line: 'export const RAG_TOP_K = 5;', term: 'RAG', id: 'rag' },
  { line: 'function buildRagPrompt(question: string) {', term: 'Rag', id: null },
  { line: 'interface EmbeddingVector { values: number[] }', term: 'EmbeddingVector', id: 'embedding' },
  { line: 'const cosineSimilarity = dot(a, b) / (norm(a) * norm(b));', term: 'cosineSimilarity', id: null, at: 2 },
  { line: 'const semanticSimilarity = score(a, b);', term: 'semanticSimilarity', id: 'semantic-similarity' },
  {
    line: 'type ChatbotMessage = { role: "user" | "assistant"; content: string };',
    term: 'ChatbotMessage',
    id: 'chatbot',
    at: 2,
    covers: 'Chatbot',
  },
  {
    line: 'const systemPrompt = "You are a helpful assistant.";',
    term: 'systemPrompt',
    id: 'conversation-message-format',
  },
  { line: 'const userPrompt = input.trim();', term: 'userPrompt', id: 'prompt' },
  { line: 'let promptTokens = usage.prompt_tokens;', term: 'promptTokens', id: null, at: 2 },
  { line: 'let promptTokens = usage.prompt_tokens;', term: 'Tokens', id: null },
  { line: 'const completionTokens = usage.completion_tokens;', term: 'completionTokens', id: null, at: 3 },
  { line: 'const modelOutput = await generate(request);', term: 'modelOutput', id: 'completion' },
  { line: 'if (response.stopReason === "max_tokens") retry();', term: 'max_tokens', id: 'maximum-tokens', at: 6 },
  {
    line: 'const isHallucination = !grounded;',
    term: 'isHallucination',
    id: 'hallucination',
    at: 5,
    covers: 'Hallucination',
  },
  { line: 'const searchParams = new URLSearchParams(location.search);', term: 'searchParams', id: null, at: 1 },
  {
    line: 'const searchParams = new URLSearchParams(location.search);',
    term: 'search);',
    id: 'search',
    at: 1,
    covers: 'search',
  },
  { line: 'const decoder = new TextDecoder("utf-8");', term: 'TextDecoder', id: null, at: 6 },
  { line: 'const decoder = new TextDecoder("utf-8");', term: 'decoder', id: 'decoder' },
  { line: 'const id = uuidGenerator.next();', term: 'uuidGenerator', id: null, at: 6 },
  { line: 'refreshToken = await auth.refresh(refreshToken);', term: 'refreshToken', id: null, at: 9 },
  { line: 'const ctx = useContext(ThemeContext);', term: 'ThemeContext', id: null, at: 7 },
  { line: 'const noiseLevel = 0.1;', term: 'noiseLevel', id: null, at: 2 },
  { line: 'monitorThread.start();', term: 'monitorThread', id: null, at: 2 },
  { line: 'weightsPath = "/models/weights.bin"', term: 'weightsPath', id: null, at: 2 },
  { line: 'const avatarUrl = user.avatar;', term: 'avatarUrl', id: null, at: 2 },
  { line: 'const metaData = await readMeta(file);', term: 'metaData', id: null, at: 1 },
  { line: 'const MetaData = {};', term: 'MetaData', id: null, at: 1 },
  { line: 'const qaTeam = ["ana", "bo"];', term: 'qaTeam', id: null, at: 1 },
  { line: 'const ml_model = load();', term: 'ml_model', id: null, at: 1 },
  { line: 'const url = `https://${host}/rl/v1`;', term: 'rl', id: null },
  { line: 'layer = nn.Linear(512, 512)', term: 'nn', id: null },
  { line: 'fm_radio = True', term: 'fm_radio', id: null, at: 1 },
  { line: 'FM = load_foundation_model()', term: 'FM', id: 'foundation-model' },
  // Comments and Markdown
  { line: '## Retrieval-Augmented Generation (RAG)', term: 'RAG', id: 'rag' },
  { line: '## Retrieval-Augmented Generation (RAG)', term: 'Retrieval-Augmented Generation', id: 'rag' },
  { line: '| Zero-shot | No examples in the prompt |', term: 'Zero-shot', id: 'zero-shot-inference' },
  { line: '> **Note:** LLMs can hallucinate facts.', term: 'hallucinate', id: 'hallucination' },
  { line: 'GPT-4o and Claude are both multimodal.', term: 'GPT-4o', id: 'gpt' },
  { line: 'GPT-4o and Claude are both multimodal.', term: 'multimodal', id: 'multimodal-model' },
  { line: "ChatGPT's answers vary from run to run.", term: "ChatGPT's", id: 'chatgpt', at: 2 },
  { line: 'Use a vector DB such as OpenSearch.', term: 'vector DB', id: 'vector-database' },
  { line: 'Use a vector DB such as OpenSearch.', term: 'OpenSearch', id: 'amazon-opensearch-service', at: 6 },
  { line: 'Set up semantic search over the embeddings.', term: 'semantic search', id: 'search' },
  { line: 'Tokens are billed per thousand.', term: 'Tokens', id: 'token' },
  { line: 'tokens_per_minute = 10_000', term: 'tokens', id: null },
  { line: "The tokenizer's vocabulary has 50k entries.", term: "tokenizer's", id: 'tokenizer', at: 2 },
  { line: "The tokenizer's vocabulary has 50k entries.", term: 'vocabulary', id: 'vocabulary' },
  { line: 'BPE tokenization splits rare words.', term: 'tokenization', id: 'tokenizer' },
  { line: 'Add positional encodings to the embeddings.', term: 'positional encodings', id: 'positional-encoding' },
  {
    line: 'Next-token prediction picks one token at a time.',
    term: 'prediction',
    id: 'next-token-prediction',
    covers: 'Next-token prediction',
  },
  { line: 'Next-token prediction picks one token at a time.', term: 'token at', id: 'token', covers: 'token' },
  {
    line: 'Bedrock Agents can call Lambda functions.',
    term: 'Bedrock',
    id: 'amazon-bedrock-agents',
    covers: 'Bedrock Agents',
  },
  { line: 'We fine-tuned Titan Text on support tickets.', term: 'fine-tuned', id: 'fine-tuning' },
  { line: 'We fine-tuned Titan Text on support tickets.', term: 'Titan', id: 'amazon-titan' },
  { line: 'TITAN_MODEL_ID = "amazon.titan-text-express-v1"', term: 'TITAN', id: 'amazon-titan' },
  { line: 'BEDROCK_REGION = "us-west-2"', term: 'BEDROCK', id: 'amazon-bedrock' },
  { line: 'A whisper of wind through the trees.', term: 'whisper', id: null },
  { line: 'Meta released the Llama models openly.', term: 'Meta', id: 'meta' },
  { line: '<meta charset="utf-8">', term: 'meta', id: null },
  { line: "Google's BERT was released openly.", term: "Google's", id: 'google', at: 2 },
  { line: 'Google BERT is an encoder-only model.', term: 'Google', id: 'bert', covers: 'Google BERT' },
  { line: 'We hiked along the amazon river.', term: 'amazon', id: null },
  { line: 'Amazon S3 stores the training data.', term: 'Amazon', id: 'amazon-s3', covers: 'Amazon S3' },
  { line: 'Amazon S3 stores the training data.', term: 'training data', id: 'training-data' },
  { line: 'Upload the files to an S3 bucket first.', term: 'S3 bucket', id: 'amazon-s3' },
  { line: 'Q Developer suggests code in the IDE.', term: 'Developer', id: 'amazon-q-developer', covers: 'Q Developer' },
  { line: 'The Q&A bot answers from the handbook.', term: 'Q&A', id: 'question-answering' },
  { line: 'The ML team owns the models.', term: 'ML', id: 'machine-learning' },
  { line: 'DL frameworks such as PyTorch run on GPUs.', term: 'DL', id: 'deep-learning' },
  { line: 'DL frameworks such as PyTorch run on GPUs.', term: 'GPUs', id: 'gpu' },
  { line: '# RL agents learn from rewards.', term: 'RL', id: 'reinforcement-learning' },
  { line: 'The NN has three hidden layers.', term: 'NN', id: 'neural-network' },
  { line: "// The foundation model's weights are frozen.", term: "foundation model's", id: 'foundation-model' },
  { line: "// The foundation model's weights are frozen.", term: 'weights', id: 'model-parameters' },
  {
    line: '- Transfer learning reuses what a model already knows.',
    term: 'Transfer learning',
    id: 'transfer-learning',
  },
  {
    line: 'Data curation removes toxic content before pre-training.',
    term: 'Data curation',
    id: 'data-quality-curation',
  },
  {
    line: 'See Attention Is All You Need (Vaswani et al. 2017).',
    term: 'Attention Is All You Need',
    id: 'attention-is-all-you-need',
    at: 3,
  },
  { line: "The GAN's generator and discriminator compete.", term: "GAN's", id: 'gan', at: 1 },
  { line: "The GAN's generator and discriminator compete.", term: 'discriminator', id: 'discriminator' },
  { line: 'Pre-training on unlabeled data is self-supervised.', term: 'unlabeled data', id: 'unlabeled-data' },
  { line: 'Stable Diffusion runs the diffusion process in latent space.', term: 'latent space', id: 'latent-space' },
  { line: 'The organ donor registry uses storage fragments.', term: 'organ', id: null },
  { line: 'The organ donor registry uses storage fragments.', term: 'fragments', id: null },
  { line: 'She dragged the ragged flag into the garage.', term: 'ragged', id: null },
  { line: 'Megan began a vegan slogan contest.', term: 'slogan', id: null },
  { line: 'The inner corner of the banner was torn.', term: 'inner', id: null },
  { line: 'Robert took the metal liberty bell.', term: 'Robert', id: null },
  { line: 'Send an email with the html and yaml files.', term: 'email', id: null },
  { line: 'Send an email with the html and yaml files.', term: 'html', id: null },
  { line: 'The titanic effort promptly paid off.', term: 'promptly', id: null },
  { line: 'They whispered through the tragic scene.', term: 'whispered', id: null },
  { line: 'The results were contextual and vectorized.', term: 'contextual', id: null },
  // Separators: a hyphen or underscore with a space beside it joins nothing
  { line: '    return _tokenizer', term: 'tokenizer', id: 'tokenizer' },
  { line: '_prompt = build(question)', term: 'prompt', id: 'prompt' },
  { line: 'Embeddings - dense vectors - capture meaning.', term: 'vectors', id: 'vector' },
  { line: 'See [RAG](https://aws.amazon.com/what-is/retrieval-augmented-generation/).', term: 'RAG', id: 'rag' },
  {
    line: 'See [RAG](https://aws.amazon.com/what-is/retrieval-augmented-generation/).',
    term: 'amazon',
    id: 'amazon',
    covers: 'amazon.com',
  },
  { line: 'Load the `tokenizer` before the model.', term: 'tokenizer', id: 'tokenizer' },
  { line: 'return <Tokenizer value={text} />;', term: 'Tokenizer', id: 'tokenizer' },
  { line: 'LLM-based agents call tools.', term: 'LLM', id: 'llm' },
  { line: 'Most transformer-based models are large.', term: 'transformer', id: null },
  { line: 'A diffusion-based model denoises step by step.', term: 'diffusion-based model', id: 'diffusion-model' },
  { line: 'model="gpt-3.5-turbo"', term: 'gpt', id: 'gpt', covers: 'gpt-3.5' },
  { line: 'The LLM’s answer was wrong.', term: 'LLM’s', id: 'llm', at: 1 },
  { line: 'const foundationModels = await list();', term: 'foundationModels', id: 'foundation-model' },
  { line: 'USE_RLHF = True', term: 'RLHF', id: 'rlhf' },
  { line: 'EMBEDDING_DIM = 1536', term: 'EMBEDDING', id: null },
  { line: 'resp = openai.ChatCompletion.create(model=name)', term: 'ChatCompletion', id: null, at: 6 },
];

describe('term matcher (findTermAt) on the bundled notes', () => {
  const kb = bundledKb();
  for (const c of CASES) {
    it(`${c.id ?? 'no hover'} ← "${c.term}" in: ${c.line}`, () => {
      const start = c.line.indexOf(c.term);
      assert.ok(start >= 0, 'the term is in the line');
      const at = start + (c.at ?? Math.floor(c.term.length / 2));
      const m = findTermAt(kb, c.line, at);
      if (c.id === null) {
        assert.equal(m, undefined, `unexpected hover: ${m?.concept.id} on "${m && c.line.slice(m.start, m.end)}"`);
        return;
      }
      assert.ok(m, 'a hover');
      assert.equal(m.concept.id, c.id);
      assert.equal(c.line.slice(m.start, m.end), c.covers ?? c.term);
    });
  }
});

/**
 * Generated per concept from its title and aliases and the hover rules of its note: each form in
 * a comment, as a plural, a possessive, and in code as camelCase, PascalCase, snake_case,
 * kebab-case and dotted; forms of look-up-only concepts; generic words and case-sensitive names
 * inside identifiers; and words that contain a term ("organ", "fragment", "metadata", words of
 * the notes themselves). Rows: [line, term, expected id or null, covered text, hover offset, kind].
 */
const GENERATED = HOVER_ROWS as [string, string, string | null, string | null, number | null, string][];

describe("term matcher on every concept's forms", () => {
  const kb = bundledKb();
  const results = GENERATED.map(([line, term, id, covers, offset, kind]) => {
    const m = findTermAt(kb, line, line.indexOf(term) + (offset ?? Math.floor(term.length / 2)));
    const ok = id === null ? m === undefined : m?.concept.id === id && line.slice(m.start, m.end) === (covers ?? term);
    return {
      ok,
      id,
      kind,
      report: `${kind}: ${line} [${term}] → ${m ? `${m.concepts.map(c => c.id).join('+')} on "${line.slice(m.start, m.end)}"` : 'none'}, wanted ${id ?? 'none'}`,
    };
  });

  it('every expected concept exists and every term is in its line', () => {
    assert.deepEqual(
      GENERATED.filter(([line, term, id]) => !line.includes(term) || (id !== null && !kb.concept(id))),
      [],
    );
  });

  it(`resolves at least 99% of ${results.filter(r => r.id !== null).length} positive cases to the right concept and range`, () => {
    const positive = results.filter(r => r.id !== null);
    const bad = positive.filter(r => !r.ok);
    assert.ok(bad.length <= positive.length * 0.01, bad.map(r => r.report).join('\n'));
  });

  it(`gives no hover for any of ${results.filter(r => r.id === null).length} negative cases`, () => {
    assert.deepEqual(
      results.filter(r => r.id === null && !r.ok).map(r => r.report),
      [],
    );
  });
});

describe('term matcher rules', () => {
  const kb = kbOf([
    note('t/rag.md', 'title: Retrieval-augmented generation\naliases: [RAG]\nsummary: s\nhover: { case: [RAG] }'),
    note('t/token.md', 'title: Token\nsummary: s'),
    note('t/one-shot.md', 'title: One-shot inference\naliases: [one-shot]\nsummary: s'),
    note('t/ctx.md', 'title: Context (prompt element)\nsummary: s\nhover: false'),
    note('t/shared-a.md', 'title: Alpha\naliases: [Shared Term]\nsummary: s'),
    note('t/shared-b.md', 'title: Beta\naliases: [shared term]\nsummary: s'),
  ]);
  const at = (line: string, word: string) => findTermAt(kb, line, line.indexOf(word) + 1);

  it('matches multi-word terms across space, hyphen, underscore and camelCase', () => {
    for (const line of ['one-shot', 'one_shot', 'oneShot', 'OneShot', 'one shot'])
      assert.equal(at(line, line)?.concept.id, 'one-shot', line);
  });
  it('keeps case-sensitive acronyms to their case, with plurals and possessives', () => {
    assert.equal(at('RAGs are useful', 'RAGs')?.concept.id, 'rag');
    assert.equal(at("RAG's index", 'RAG')?.end, 5);
    assert.equal(at('a rag doll', 'rag'), undefined);
  });
  it('fires generic words only when they stand alone', () => {
    assert.equal(at('token = 1', 'token')?.concept.id, 'token');
    assert.equal(at('self.tokens.append(t)', 'tokens')?.concept.id, 'token');
    assert.equal(at('accessToken = 1', 'Token'), undefined);
    assert.equal(at('token_count = 1', 'token'), undefined);
  });
  it('never hovers a look-up-only concept', () => {
    assert.equal(at('the context of the prompt', 'context'), undefined);
  });
  it('shows both concepts when one surface form belongs to two', () => {
    assert.deepEqual(
      at('a shared term here', 'shared')
        ?.concepts.map(c => c.id)
        .sort(),
      ['shared-a', 'shared-b'],
    );
  });
  it("a form a note writes out wins over a plural derived from another note's form", () => {
    const two = kbOf([
      note('t/pair.md', 'title: Pair\naliases: [labeled example]\nsummary: s'),
      note('t/data.md', 'title: Data\naliases: [labeled examples]\nsummary: s'),
    ]);
    assert.deepEqual(
      findTermAt(two, 'see labeled examples', 6)?.concepts.map(c => c.id),
      ['data'],
    );
    assert.deepEqual(
      findTermAt(two, 'one labeled example', 6)?.concepts.map(c => c.id),
      ['pair'],
    );
  });
  it('reads forms that start with punctuation or hold letters whose lower case is longer', () => {
    const odd = kbOf([
      note('t/quoted.md', 'title: Quoted\naliases: ["(beta) sampler"]\nsummary: s'),
      note('t/istanbul.md', 'title: İstanbul model\nsummary: s'),
      note('t/rag.md', 'title: Retrieval-augmented generation\naliases: [RAG]\nsummary: s\nhover: { case: [RAG] }'),
    ]);
    assert.equal(findTermAt(odd, 'a (beta) sampler here', 4)?.concept.id, 'quoted');
    assert.equal(findTermAt(odd, 'an İstanbul model', 5)?.concept.id, 'istanbul');
    assert.equal(findTermAt(odd, 'use RAG', 5)?.concept.id, 'rag');
    assert.equal(findTermAt(odd, 'a rag doll', 3), undefined);
  });
  it('looks only at a window around the cursor on very long lines', () => {
    const line = 'x '.repeat(200_000) + 'RAG ' + 'y '.repeat(200_000);
    assert.equal(at(line, 'RAG')?.concept.id, 'rag');
  });
});

describe('term matcher properties', () => {
  const kb = bundledKb();
  const words = [
    'RLHF',
    'rag',
    'RAG',
    'token',
    'Token',
    'LLMs',
    'fine-tuning',
    'diffusion',
    'garage',
    'x',
    '_',
    '-',
    '.',
    ' ',
    "'s",
    'Bedrock',
    'camelCase',
    '4o',
    'GPT',
    'ü',
    '日本',
  ];
  const line = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 30 })
    .map(p => p.join(''));

  it('a hover range lies inside the line, covers the cursor and holds a matching term', () => {
    fc.assert(
      fc.property(line, fc.nat(), (text, n) => {
        const ch = text.length ? n % text.length : 0;
        const m = findTermAt(kb, text, ch);
        if (!m) return;
        assert.ok(
          m.start >= 0 && m.end <= text.length && m.start <= ch && ch < m.end,
          `${m.start}-${m.end} around ${ch}`,
        );
        assert.ok(m.concepts.length >= 1);
      }),
      { numRuns: 5000 },
    );
  });

  it('the matched text, read alone, is the same term: the range covers exactly the term', () => {
    fc.assert(
      fc.property(line, fc.nat(), (text, n) => {
        const m = findTermAt(kb, text, text.length ? n % text.length : 0);
        if (!m) return;
        const term = text.slice(m.start, m.end);
        const alone = findTermAt(kb, term, 0);
        assert.ok(
          alone && alone.start === 0 && alone.end === term.length,
          `"${term}" alone: ${alone?.start}-${alone?.end}`,
        );
        for (const c of m.concepts) assert.ok(alone.concepts.includes(c), `"${term}": ${c.id}`);
      }),
      { numRuns: 5000 },
    );
  });

  it('is stable: the same answer twice, and from a fresh index that has expanded nothing yet', () => {
    const ids = (m: ReturnType<TermIndex['findAt']>) => m && [m.start, m.end, ...m.concepts.map(c => c.id)];
    fc.assert(
      fc.property(line, fc.nat(), (text, n) => {
        const ch = text.length ? n % text.length : 0;
        const shared = termIndexOf(kb).findAt(text, ch);
        assert.deepEqual(ids(termIndexOf(kb).findAt(text, ch)), ids(shared));
        assert.deepEqual(ids(new TermIndex(kb.concepts).findAt(text, ch)), ids(shared), text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any text at any position, in range or not', () => {
    const any = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
      line,
    );
    fc.assert(
      fc.property(any, fc.integer({ min: -5, max: 400 }), (text, ch) => {
        const m = findTermAt(kb, text, ch);
        if (ch < 0 || ch >= text.length) assert.equal(m, undefined);
        else if (m) assert.ok(m.start >= 0 && m.start <= ch && ch < m.end && m.end <= text.length);
        for (const f of termIndexOf(kb).findAll(text))
          assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
      }),
      { numRuns: 5000 },
    );
  });

  it('a fresh index answers as one that has already indexed every form (the index fills lazily)', () => {
    const warm = new TermIndex(kb.concepts);
    for (const [text] of GENERATED) warm.findAll(text);
    const show = (m: ReturnType<TermIndex['findAt']>) =>
      m && `${m.start}-${m.end}:${m.concepts.map(c => c.id).join('+')}`;
    fc.assert(
      fc.property(fc.constantFrom(...GENERATED.map(r => r[0])), fc.nat(), (text, n) => {
        const fresh = new TermIndex(kb.concepts);
        const ch = n % text.length;
        assert.equal(show(fresh.findAt(text, ch)), show(warm.findAt(text, ch)));
      }),
      { numRuns: 300 },
    );
  });

  it('findAll returns ordered, non-overlapping ranges', () => {
    fc.assert(
      fc.property(line, text => {
        let last = 0;
        for (const m of termIndexOf(kb).findAll(text)) {
          assert.ok(m.start >= last && m.end > m.start && m.end <= text.length);
          last = m.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('tokenize offsets point at the segments they name', () => {
    fc.assert(
      fc.property(line, text => {
        for (const s of tokenize(text)) assert.equal(text.slice(s.start, s.start + s.raw.length), s.raw);
      }),
      { numRuns: 3000 },
    );
  });
});
