/** Setup file of every test project: the temp folders a file made outside its tests go when its tests end. */
import { afterAll } from 'vitest';
import { removeFileTempFolders } from './temp.ts';

afterAll(removeFileTempFolders);
