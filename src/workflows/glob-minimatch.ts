/**
 * Makes minimatch the matcher of ./glob.ts for the patterns it does not match itself. Imported
 * on demand by `loadGlobMatcherFor`, or statically by a gate that always wants it loaded.
 */
import { minimatch } from 'minimatch';
import { registerGlobMatcher } from './glob.js';

registerGlobMatcher(minimatch);
