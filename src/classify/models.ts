import { readFileSync } from 'node:fs';
import { dataPath } from '../gazetteer/load.ts';
import { CorroborateError } from '../model/errors.ts';
import { LinearModel, modelHash, type ModelFile } from './linear-model.ts';
import type { ModelName } from './tasks.ts';

// The trained weights in data/models/<name>.json, loaded once. The model id carries a hash of
// the file, so a result says exactly which weights produced it.

const cache = new Map<ModelName, LinearModel>();

export function modelFilePath(name: ModelName): string {
  return dataPath(`models/${name}.json`);
}

export function loadModel(name: ModelName): LinearModel {
  const hit = cache.get(name);
  if (hit) return hit;
  const path = modelFilePath(name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CorroborateError(
      'E_DATA',
      `model file ${path} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); run \`npm run train\``,
    );
  }
  let file: ModelFile;
  try {
    file = JSON.parse(text) as ModelFile;
  } catch (e) {
    throw new CorroborateError('E_DATA', `model file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (file.name !== name || !Array.isArray(file.classes) || !Array.isArray(file.bias) || typeof file.weights !== 'object') {
    throw new CorroborateError('E_DATA', `model file ${path} is not a "${name}" model (name, classes, bias, weights)`);
  }
  const model = new LinearModel(file, modelHash(text));
  cache.set(name, model);
  return model;
}
