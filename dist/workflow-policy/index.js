import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("buffer") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer"));

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:crypto") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto"));

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:fs") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs"));

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:module") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module"));

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:os") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os"));

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:path") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path"));

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("node:url") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url"));

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = (process.getBuiltinModule?.("process") ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process"));

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(9215);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 9215:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(9215);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(9215);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 4185:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7979);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6893);
/* harmony import */ var _gates_workflow_policy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9370);



/** Job-summary table of the jobs that can write with sensitive scopes. */
function details(result) {
    const ev = result.evidence;
    const rows = ev.sensitivePermissions ?? [];
    if (!rows.length)
        return undefined;
    const lines = [
        '#### Jobs with sensitive write permissions',
        '',
        '| workflow | job | scopes | from |',
        '| --- | --- | --- | --- |',
        ...rows
            .slice(0, 100)
            .map((r) => `| \`${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(r.file)}:${r.line}\` | \`${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(r.job)}\` | ${r.scopes.join(', ')} | ${r.inherited ? 'workflow-level block' : 'job block'} |`)
    ];
    if (rows.length > 100)
        lines.push('', `\u2026and ${rows.length - 100} more in the result file.`);
    return lines.join('\n');
}
await (0,_core_actions_adapter_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_gates_workflow_policy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowPolicy */ .sE, { details });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 293:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _register_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5176);
/* harmony import */ var _actions_workflow_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4185);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_actions_workflow_policy_js__WEBPACK_IMPORTED_MODULE_1__]);
_actions_workflow_policy_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5176:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var _core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1855);

_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBundleEntry */ .SK(import.meta.url);
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerActionSpec */ .RI("workflow-policy", "{\"gate\":\"workflow-policy\",\"name\":\"ci-intel workflow-policy\",\"description\":\"Compliance-as-code for workflow files: third-party actions pinned by commit SHA, least-privilege permissions, no attacker-controlled expressions in scripts, no secrets: inherit outside the organisation, no credentials written into workflows, concurrency on push/pull_request and no persisted checkout credentials in jobs that upload artifacts. Findings as SARIF for code scanning.\",\"inputs\":[{\"name\":\"workflows\",\"description\":\"Workflow files, folders or globs to check, newline- or comma-separated, relative to the repository root.\",\"required\":false,\"default\":\".github/workflows/*.yml\\n.github/workflows/*.yaml\\n\",\"type\":\"list\"},{\"name\":\"policy\",\"description\":\"Path of the policy file (schema/workflow-policy.v1.json): rule levels, pinning policies, exceptions. A missing default file means every rule at its default level.\",\"required\":false,\"default\":\".github/ci-intel/workflow-policy.yml\",\"type\":\"string\"},{\"name\":\"sarif-file\",\"description\":\"Write findings as SARIF 2.1.0 to this path (for github/codeql-action/upload-sarif).\",\"required\":false,\"default\":\"\",\"type\":\"string\"},{\"name\":\"online\",\"description\":\"Run the audits that ask the GitHub API (impostor-commit, known-vulnerable-actions, stale-action-refs, archived-uses, ref-confusion, ref-version-mismatch against the tags). Off: they are reported as not run, never as passed.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"github-token\",\"description\":\"Token for online: true and for resolving tags in fixes (read access to public repositories is enough). Falls back to GITHUB_TOKEN.\",\"required\":false,\"default\":\"${{ github.token }}\",\"type\":\"secret\"},{\"name\":\"online-timeout\",\"description\":\"Time limit per GitHub API request of the online audits, its retries included.\",\"required\":false,\"default\":\"30s\",\"type\":\"duration\",\"min\":1000,\"max\":300000,\"integer\":false},{\"name\":\"fix-diff\",\"description\":\"Print the mechanical fixes (SHA pins with the version comment, persist-credentials: false, expressions moved from run: into env:) as a unified patch for git apply, and write it to the fix-diff-file output.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"fix\",\"description\":\"Write the mechanical fixes into the workflow files (byte-for-byte edits; nothing else in the file changes). Fixed findings become notes.\",\"required\":false,\"default\":\"false\",\"type\":\"boolean\"},{\"name\":\"mode\",\"description\":\"enforce: the step fails on fail or error; audit: report only.\",\"required\":false,\"default\":\"enforce\",\"type\":\"choice\",\"options\":[\"enforce\",\"audit\"]}],\"outputs\":[{\"name\":\"verdict\",\"description\":\"pass, fail or error.\"},{\"name\":\"result-file\",\"description\":\"Path of the full result (ci-intel.gate-result.v1 JSON).\"},{\"name\":\"findings-count\",\"description\":\"Number of error and warning findings (excepted findings not counted).\"},{\"name\":\"workflows-scanned\",\"description\":\"How many workflow files were read.\"},{\"name\":\"sarif-file\",\"description\":\"The SARIF file written, when sarif-file was given.\"},{\"name\":\"fix-diff-file\",\"description\":\"The unified patch of the fixes, when fix-diff or fix found something to fix.\"}],\"permissions\":{\"contents\":\"read\"},\"level\":\"repository\",\"using\":\"node24\",\"main\":\"../../dist/workflow-policy/index.js\"}");
_core_build_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSchemaValidators */ .Km({"workflow-policy.v1.json": () => __nccwpck_require__.e(/* import() */ 585).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8585, 19)).then((m) => m.default)});


/***/ }),

/***/ 7454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_CONFIG_FILE)
/* harmony export */ });
/** Where a repository's configuration lives unless CI_INTEL_CONFIG or --config names another. */
const DEFAULT_CONFIG_FILE = '.ci-intel/config.yml';


/***/ }),

/***/ 8159:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/** A configuration the gates cannot run by: names the file, the key and the fix. */

class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue {
    name = 'ConfigError';
    constructor(message, file, help, line, column) {
        super(message, help ?? 'Fix the configuration; `ci-intel config` shows every value and where it comes from.', file, line, column);
    }
}


/***/ }),

/***/ 6370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ positionOf)
/* harmony export */ });
/** A layer of configuration and where each of its keys stands (no parser or validator loaded). */
/** The position of a pointer, or of its nearest ancestor that has one. */
function positionOf(doc, pointer) {
    let p = pointer;
    for (;;) {
        const hit = doc.positions.get(p);
        if (hit)
            return hit;
        if (p === '')
            return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
    }
}


/***/ }),

/***/ 7979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/build-registry.js
var build_registry = __nccwpck_require__(1855);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/offload.js
var offload = __nccwpck_require__(5746);
// EXTERNAL MODULE: ./lib/core/lazy-findings.js
var lazy_findings = __nccwpck_require__(1596);
;// CONCATENATED MODULE: ./lib/core/redact.js
/**
 * Keeps secrets out of logs, outputs and reports, in every encoding a credential takes on the
 * wire: the value itself, URL-encoded, JSON-escaped, base64 (standard and URL-safe) \u2014 also as
 * part of a longer base64 text such as `Basic base64(user:pass)` \u2014 and any token fetched with it
 * (registered at run time through `registerSecret`).
 *
 * Redaction applies to free text only. The fields a decision is made of (`verdict`, `mode`,
 * `schema`, `gate`, a finding's `rule` and `severity`) are never rewritten, so a secret that
 * happens to equal `pass` or `enforce` cannot change what a result says.
 */

const TOKEN_PATTERNS = [
    /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
    /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key ids
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs (OIDC and registry tokens)
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
/**
 * Text none of TOKEN_PATTERNS can match: each starts with one of these literals. One scan for
 * all of them instead of one per pattern (a result of 100,000 findings redacts every message).
 */
const TOKEN_PREFIXES = /gh[pousr]_|github_pat_|AKIA|eyJ|-----BEGIN /;
/** Shorter values are not registered: they would redact ordinary words. */
const MIN_SECRET = 4;
/** A base64 fragment shorter than this is too likely to occur by chance. */
const MIN_BASE64_FRAGMENT = 6;
function base64Variants(b64) {
    const url = b64.replace(/\+/g, '-').replace(/\//g, '_');
    return [b64, b64.replace(/=+$/, ''), url, url.replace(/=+$/, '')];
}
/**
 * The base64 characters that encode only bytes of `value`, whatever precedes it: for each of
 * the three alignments a prefix can give it (`user:` in `user:pass`), the run of output
 * characters whose 6 bits all come from the value.
 */
function embeddedBase64(value) {
    const out = [];
    for (let k = 0; k < 3; k++) {
        const text = Buffer.concat([Buffer.alloc(k), value]).toString('base64');
        const first = Math.ceil((8 * k) / 6);
        const end = Math.floor((8 * (k + value.length)) / 6);
        const core = text.slice(first, end);
        if (core.length >= MIN_BASE64_FRAGMENT)
            out.push(core);
    }
    return out;
}
/**
 * Forms already worked out, by value: an Actions run registers each secret input more than once
 * (masked as given, then again as a parsed input), and working the forms out is not free at start.
 */
const formsOf = new Map();
/** `value` and the forms it takes when encoded for a URL, JSON, a header or base64. */
function secretForms(value) {
    let forms = formsOf.get(value);
    if (!forms) {
        forms = computeSecretForms(value);
        if (formsOf.size >= 256)
            formsOf.clear();
        formsOf.set(value, forms);
    }
    return [...forms];
}
function computeSecretForms(value) {
    const forms = new Set([value]);
    const url = encodeURIComponent(value);
    forms.add(url);
    forms.add(url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
    forms.add(url.replace(/%20/g, '+'));
    // What escape()/form encoders leave alone and encodeURIComponent does not (e.g. `!'()*`).
    forms.add(url.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    forms.add(JSON.stringify(value).slice(1, -1));
    const bytes = Buffer.from(value, 'utf8');
    for (const b of base64Variants(bytes.toString('base64')))
        forms.add(b);
    for (const core of embeddedBase64(bytes)) {
        for (const b of base64Variants(core))
            forms.add(b);
    }
    return [...forms].filter((f) => f.length >= MIN_SECRET);
}
const runtimeSecrets = new Set();
let runtimeVersion = 0;
const listeners = new Set();
/**
 * Register a secret learnt during the run \u2014 a bearer token a registry's token service handed
 * out, a password read from a credentials helper. Every Redactor of the process redacts it (and
 * its encodings) from then on, and the Actions adapter masks it in the runner log.
 */
function registerSecret(value) {
    if (!value || value.length < MIN_SECRET)
        return;
    for (const form of secretForms(value)) {
        if (runtimeSecrets.has(form))
            continue;
        runtimeSecrets.add(form);
        runtimeVersion++;
        for (const l of listeners)
            l(form);
    }
}
/** Be told of every form `registerSecret` adds (the Actions adapter calls `core.setSecret`). */
function onSecretRegistered(listener) {
    listeners.add(listener);
    for (const form of runtimeSecrets)
        listener(form);
    return () => listeners.delete(listener);
}
/** Result fields that are enums or identifiers of the hub, never free text. */
const RESULT_FIXED = new Set(['schema', 'gate', 'verdict', 'mode', 'startedAt', 'durationMs']);
const FINDING_FIXED = new Set(['rule', 'severity', 'line', 'column']);
/** `o[key] = value` as an own field, `__proto__` included (as JSON.parse makes it). */
function setOwn(o, key, value) {
    if (key === '__proto__')
        Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
    else
        o[key] = value;
}
class Redactor {
    secrets = new Set();
    /** Longest first, so a secret inside a longer one cannot leave the rest behind. */
    sorted = [];
    sortedSize = -1;
    sortedVersion = -1;
    needles() {
        if (this.secrets.size !== this.sortedSize || runtimeVersion !== this.sortedVersion) {
            this.sorted = [...new Set([...this.secrets, ...runtimeSecrets])].sort((a, b) => b.length - a.length);
            this.sortedSize = this.secrets.size;
            this.sortedVersion = runtimeVersion;
        }
        return this.sorted;
    }
    /**
     * Register a secret value and its encodings; short values are ignored (they would redact
     * ordinary words). Returns the forms registered, for the runner's log masking.
     */
    add(value) {
        if (!value || value.length < MIN_SECRET)
            return [];
        const forms = secretForms(value);
        for (const f of forms)
            this.secrets.add(f);
        return forms;
    }
    /** Register a user name and password as they travel together (`Basic base64(user:pass)`). */
    addCredential(user, password) {
        if (!password || password.length < MIN_SECRET)
            return [];
        const forms = this.add(password);
        const pair = `${user ?? ''}:${password}`;
        for (const f of [
            ...base64Variants(Buffer.from(pair, 'utf8').toString('base64')),
            `${encodeURIComponent(user ?? '')}:${encodeURIComponent(password)}`
        ]) {
            this.secrets.add(f);
            forms.push(f);
        }
        return forms;
    }
    redact(text) {
        let out = text;
        for (const s of this.needles()) {
            if (out.includes(s))
                out = out.split(s).join('***');
        }
        if (TOKEN_PREFIXES.test(out))
            for (const re of TOKEN_PATTERNS)
                out = out.replace(re, '***');
        return out;
    }
    /** Redact every string (and object key) inside a JSON-able value. */
    redactValue(value) {
        return this.walk(value);
    }
    /** Redact a gate result's free text; its verdict, mode and rule ids are left as they are. */
    redactResult(result) {
        const out = {};
        for (const [k, v] of Object.entries(result)) {
            if (RESULT_FIXED.has(k))
                out[k] = v;
            else if (k === 'findings' && Array.isArray(v))
                out[k] = this.redactFindings(v);
            else
                out[k] = this.walk(v);
        }
        return out;
    }
    /**
     * Each finding as it is when redaction changes none of its text, else a copy with the changed
     * fields: a run with 100,000 findings holds them once, not twice. A help or a file path is
     * shared by many findings, so each distinct one is redacted once.
     */
    redactFindings(findings) {
        const shared = new Map();
        const text = (key, value) => {
            if (key !== 'help' && key !== 'file')
                return this.redact(value);
            let r = shared.get(value);
            if (r === undefined)
                shared.set(value, (r = this.redact(value)));
            return r;
        };
        // A lazy list (src/core/lazy-findings.ts) stays lazy: each finding is redacted as it is read.
        return (0,lazy_findings/* mapFindings */.HK)(findings, (f) => {
            const fields = f;
            let copy;
            for (const key of Object.keys(fields)) {
                if (FINDING_FIXED.has(key))
                    continue;
                const value = fields[key];
                const red = typeof value === 'string' ? text(key, value) : this.walk(value);
                if (red !== value)
                    (copy ??= { ...fields })[key] = red;
            }
            return (copy ?? fields);
        });
    }
    /**
     * `value` with every string (and key) redacted. A plain array or object none of whose text
     * changes is returned as it is, so a long evidence list is not copied for nothing; any other
     * object (a class instance, whose JSON form may come from its prototype) is copied field by
     * field, as JSON would see its own fields.
     */
    walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value)) {
            let out;
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                const r = this.walk(v);
                if (out)
                    out.push(r);
                else if (r !== v)
                    (out = value.slice(0, i)).push(r);
            }
            return out ?? value;
        }
        if (value && typeof value === 'object') {
            const proto = Object.getPrototypeOf(value);
            const plain = proto === Object.prototype || proto === null;
            let out = plain ? undefined : {};
            const entries = Object.entries(value);
            for (let i = 0; i < entries.length; i++) {
                const [k, v] = entries[i];
                const rk = this.redact(k);
                const rv = this.walk(v);
                if (!out && (rk !== k || rv !== v)) {
                    out = {};
                    for (let j = 0; j < i; j++)
                        setOwn(out, entries[j][0], entries[j][1]);
                }
                if (out)
                    setOwn(out, rk, rv);
            }
            return out ?? value;
        }
        return value;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/core/unique-token.js
var unique_token = __nccwpck_require__(4560);
;// CONCATENATED MODULE: ./lib/core/report/json-pieces.js
/**
 * `JSON.stringify(doc, null, 2) + '\n'` for a document holding one long array (a result's
 * findings, a SARIF run's results), in pieces: the array's items are made and stringified one
 * at a time and written a few at a time, so neither the whole text nor all the items exist at
 * once. With 100,000 findings the whole text of a SARIF log is about 100 MB (and its UTF-8 copy
 * as much again).
 */


/** An array longer than this is written a few items at a time (ITEM_PIECE_CHARS). */
const LONG_ARRAY_ITEMS = 512;
/**
 * The items of a long array are joined into pieces of about this many characters. A string over
 * 128 KiB is a large object to V8, freed only by a full collection: 45 MB of findings written in
 * slices of 512 items (about 225,000 characters each) left up to 39 MiB of dead slices mapped at
 * the end of a 16,688-file scan. Made one item at a time, a piece never holds more than one item
 * over this size, and the whole is no slower (100,000 findings: 71 ms against 82 for slices).
 */
const ITEM_PIECE_CHARS = 24 * 1024;
/**
 * The pieces of the document `build(placeholder)` returns with the array of `count` items
 * `item(0)`, `item(1)`, \u2026 where it put `placeholder`, as `JSON.stringify(\u2026, null, 2) + '\n'`
 * would write it. The placeholder is a string drawn here that occurs nowhere else in the text.
 */
function* jsonPieces(build, count, item) {
    let marker;
    let text;
    let at;
    // Drawn again in the (astronomically unlikely) case that the document already holds it.
    do {
        const placeholder = `ci-intel-array-${(0,unique_token/* randomId */.z)()}`;
        marker = JSON.stringify(placeholder);
        text = JSON.stringify(build(placeholder), null, 2) + '\n';
        at = text.indexOf(marker);
    } while (at !== -1 && at !== text.lastIndexOf(marker));
    if (at === -1)
        throw new Error('jsonPieces: the document does not hold the placeholder');
    const head = text.slice(0, at);
    const tail = text.slice(at + marker.length);
    if (count === 0) {
        yield `${head}[]${tail}`;
        return;
    }
    // The array's items sit two spaces right of the line that opens it.
    const lineStart = head.lastIndexOf('\n') + 1;
    const pad = ' '.repeat(head.length - lineStart - head.slice(lineStart).trimStart().length);
    yield `${head}[\n`;
    yield* itemPieces(count, pad, item);
    yield `\n${pad}]${tail}`;
}
/**
 * The items of an array of `count` at indentation `pad`, between its `[\n` and `\n]`: each item
 * (`itemAt(i)`) stringified as the one item of an array, as JSON.stringify writes an array's
 * items (undefined, a function or a symbol as null), and moved right by the array's own
 * indentation (a line break in JSON text is always layout: breaks inside strings are escaped).
 */
function* itemPieces(count, pad, itemAt) {
    let parts = [];
    let chars = 0;
    for (let i = 0; i < count; i++) {
        // `[\n  item\n]`: the inner lines.
        const inner = JSON.stringify([itemAt(i)], null, 2).slice(2, -2);
        const moved = pad ? pad + inner.replace(/\n/g, `\n${pad}`) : inner;
        parts.push(i + 1 < count ? `${moved},\n` : moved);
        chars += moved.length;
        if (chars >= ITEM_PIECE_CHARS) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    }
    if (parts.length)
        yield parts.join('');
}
/** Small parts are joined into pieces of about this many characters (fewer, larger writes). */
const PIECE_CHARS = 32 * 1024;
/** An object JSON.stringify would write member by member, and nothing else could change. */
function walkable(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const proto = Object.getPrototypeOf(v);
    if (Array.isArray(v))
        return proto === Array.prototype;
    return (proto === Object.prototype || proto === null) && !('toJSON' in v);
}
/**
 * `JSON.stringify(value, null, 2) + '\n'`, byte for byte, in pieces of about PIECE_CHARS: plain
 * objects are written member by member and every array longer than LONG_ARRAY_ITEMS a few items
 * at a time, so no text of the whole document, nor of any long array in it (a result's
 * findings, a scan's per-file evidence), exists at once. Everything else \u2014 a short array, each
 * item of a long one, a value with `toJSON`, an instance of a class \u2014 is given to JSON.stringify
 * as it is. As JSON.stringify does, a member's `toJSON` gets the member's name; an item of a long
 * array gets "0", not its index (no value of a result depends on it).
 */
function* jsonTextPieces(value) {
    let parts = [];
    let chars = 0;
    const put = function* (text) {
        parts.push(text);
        chars += text.length;
        if (chars >= PIECE_CHARS) {
            yield parts.join('');
            parts = [];
            chars = 0;
        }
    };
    const open = new Set();
    const write = function* (v, pad) {
        if (!walkable(v)) {
            const text = JSON.stringify(v, null, 2);
            yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
            return;
        }
        if (open.has(v))
            throw new TypeError('Converting circular structure to JSON');
        const inner = `${pad}  `;
        if (Array.isArray(v)) {
            if (v.length <= LONG_ARRAY_ITEMS) {
                const text = JSON.stringify(v, null, 2);
                yield* put(pad ? text.replace(/\n/g, `\n${pad}`) : text);
                return;
            }
            open.add(v);
            yield* put('[\n');
            for (const piece of itemPieces(v.length, pad, (i) => v[i]))
                yield* put(piece);
            yield* put(`\n${pad}]`);
            open.delete(v);
            return;
        }
        open.add(v);
        let first = true;
        for (const key of Object.keys(v)) {
            let member = v[key];
            if ((typeof member === 'object' && member !== null) || typeof member === 'bigint') {
                const toJSON = member.toJSON;
                if (typeof toJSON === 'function')
                    member = toJSON.call(member, key);
            }
            if (member === undefined || typeof member === 'function' || typeof member === 'symbol')
                continue;
            yield* put(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
            first = false;
            yield* write(member, inner);
        }
        yield* put(first ? '{}' : `\n${pad}}`);
        open.delete(v);
    };
    yield* write(value, '');
    yield* put('\n');
    if (parts.length)
        yield parts.join('');
}
/** Write `pieces` to `file` (created or truncated), each as it comes. */
function writePieces(file, pieces) {
    const fd = (0,external_node_fs_.openSync)(file, 'w');
    try {
        for (const piece of pieces) {
            const bytes = Buffer.from(piece, 'utf8');
            // A write may take fewer bytes than it is given.
            for (let off = 0; off < bytes.length;)
                off += (0,external_node_fs_.writeSync)(fd, bytes, off);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./lib/core/report/policy-record.js
function policyRecord(result) {
    let outcome = 'allow';
    if (result.verdict !== 'pass')
        outcome = result.mode === 'audit' ? 'warn' : 'deny';
    return {
        id: `ci-intel/${result.gate}`,
        result: outcome,
        reason: result.summary,
        time_ns: Math.round(result.durationMs * 1e6)
    };
}

;// CONCATENATED MODULE: ./lib/core/report/files.js
/** Files a gate run leaves behind: the result JSON, the policies NDJSON record, SARIF. */




/** `$RUNNER_TEMP/ci-intel`, where every gate of a job leaves its records. */
function hubTempDir(runnerTemp) {
    return (0,external_node_path_.join)(runnerTemp, 'ci-intel');
}
function writeResultFile(result, runnerTemp) {
    const dir = (0,external_node_path_.join)(hubTempDir(runnerTemp), 'results');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const stamp = result.startedAt.replace(/[:.]/g, '-');
    const file = (0,external_node_path_.join)(dir, `${result.gate}-${stamp}-${process.pid}.json`);
    writeResultJson(file, result);
    return file;
}
/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, in pieces: with thousands of findings,
 * or the per-file evidence of a scan of thousands of files, that string (and its UTF-8 copy)
 * would be the run's largest allocation. Every long array in it \u2014 the findings, an evidence
 * list \u2014 is stringified a slice at a time (`jsonTextPieces`, ./json-pieces.ts).
 */
function resultPieces(result) {
    return jsonTextPieces(result);
}
/** The result as `file`, written a piece at a time (`resultPieces`). */
function writeResultJson(file, result) {
    writePieces(file, resultPieces(result));
}
/** `pieces` (./json-pieces.ts) as `file`, its folder made. */
function writeFilePieces(file, pieces) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    writePieces(file, pieces);
}
function appendPolicyRecord(result, runnerTemp) {
    const dir = hubTempDir(runnerTemp);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, 'policies.ndjson');
    (0,external_node_fs_.appendFileSync)(file, JSON.stringify(policyRecord(result)) + '\n');
    return file;
}

// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __nccwpck_require__(6893);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: ./lib/core/lazy-crypto.js
/**
 * `node:crypto` on demand. Loading it costs about as much as a quarter of Node's own start
 * (its internal modules are not in the startup snapshot), so code that needs it only on some
 * runs \u2014 SARIF fingerprints, signing, a digest of a file \u2014 asks for it here, at the point of
 * use, instead of importing it at the top of a module every run evaluates. A static
 * `import \u2026 from 'node:crypto'` in a module the bundle's entry reaches loads it at every start.
 */

let loaded;
/** The `node:crypto` module, loaded on the first call. */
function nodeCrypto() {
    loaded ??= (0,external_node_module_.createRequire)(import.meta.url)('node:crypto');
    return loaded;
}
/**
 * Hand `node:crypto` over from a module that imports it statically anyway (so it is loaded at
 * start): code that otherwise does without it, such as ./sha256.ts, then uses it.
 */
function provideNodeCrypto(mod) {
    loaded ??= mod;
}
/** The `node:crypto` module if it was loaded (by nodeCrypto or provideNodeCrypto), else undefined. */
function nodeCryptoIfLoaded() {
    return loaded;
}

;// CONCATENATED MODULE: ./lib/core/report/sarif.js
/** SARIF 2.1.0 for github/codeql-action/upload-sarif. */


const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'note'
};
/** The log around its results, and one result: the parts `toSarif` and `sarifPieces` share. */
function sarifParts(result, rules, toolVersion) {
    const known = new Map(rules.map((r) => [r.id, r]));
    for (const f of result.findings) {
        if (!known.has(f.rule)) {
            known.set(f.rule, {
                id: f.rule,
                title: f.rule,
                help: f.help ?? f.message,
                severity: f.severity
            });
        }
    }
    const ruleList = [...known.values()];
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    const log = (results) => ({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: `ci-intel ${result.gate}`,
                        informationUri: 'https://github.com/ci-intel/hub',
                        semanticVersion: toolVersion,
                        rules: ruleList.map((r) => ({
                            id: r.id,
                            name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ?? '').toUpperCase()),
                            shortDescription: { text: r.title },
                            fullDescription: { text: r.help },
                            help: { text: r.help, markdown: r.help },
                            defaultConfiguration: { level: LEVEL[r.severity] }
                        }))
                    }
                },
                results
            }
        ]
    });
    const one = (f) => {
        const fingerprint = nodeCrypto()
            .createHash('sha256')
            .update(`${f.rule}\0${f.file ?? ''}\0${f.message}`)
            .digest('hex');
        return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: f.help ? `${f.message} Fix: ${f.help}` : f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: f.file ?? '.', uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 }
                    }
                }
            ],
            partialFingerprints: { 'ciIntelFinding/v1': fingerprint }
        };
    };
    return { log, result: one };
}
function toSarif(result, rules, toolVersion) {
    const parts = sarifParts(result, rules, toolVersion);
    return parts.log(result.findings.map(parts.result));
}
/**
 * `JSON.stringify(toSarif(\u2026), null, 2) + '\n'` in pieces (./json-pieces.ts): each result is
 * made as its piece is written, never all of them at once.
 */
function sarifPieces(result, rules, toolVersion) {
    const parts = sarifParts(result, rules, toolVersion);
    const findings = result.findings;
    return jsonPieces(parts.log, findings.length, (i) => parts.result(findings[i]));
}

;// CONCATENATED MODULE: ./lib/core/result.js
/** The result model every gate shares (DESIGN.md, "The gate contract"). */
/** A step fails in enforce mode unless the verdict is pass. */
function stepFails(result) {
    return result.mode === 'enforce' && result.verdict !== 'pass';
}
const VERDICTS = ['pass', 'fail', 'error'];
/** Whether `v` is one of the three verdicts (anything else is read as `error`). */
function isVerdict(v) {
    return typeof v === 'string' && VERDICTS.includes(v);
}
/**
 * The worst of several verdicts: error > fail > pass. Anything that is not a verdict (a
 * misspelling, `undefined`, a redacted `***`) counts as `error`, never as a pass. An empty list
 * is `pass` (nothing blocks): a caller for which "nothing was checked" matters must say so itself.
 */
function worstVerdict(verdicts) {
    let worst = 'pass';
    for (const v of verdicts) {
        if (!isVerdict(v) || v === 'error')
            return 'error';
        if (v === 'fail')
            worst = 'fail';
    }
    return worst;
}

;// CONCATENATED MODULE: ./lib/core/std-write.js
/**
 * Writing to stdout and stderr without `process.stdout` / `process.stderr`. The first touch of
 * either builds a stream object, and with it Node's stream machinery (node:stream, its duplex,
 * pipeline and compose modules, and for a pipe node:net): none of it is in Node's startup
 * snapshot, so that costs a run about a sixth of Node's own start. The actions' runner commands
 * and the CLI's output go through here instead and are written to the file descriptor itself,
 * synchronously and whole (a short write is continued), the way the stream writes to a file or a
 * terminal and to a pipe that takes the text at once.
 *
 * When a direct write fails \u2014 a full pipe the runner made non-blocking (EAGAIN), a closed one
 * (EPIPE), anything else \u2014 what is left of that text, and everything after it on that
 * descriptor, goes through the stream, which handles each case as it always has (queueing, an
 * 'error' event); from then on nothing can overtake what the stream still holds. On Windows,
 * where the stream and a direct write do not order the same way, the stream is always used.
 * The one other writer is the interactive prompt of `ci-intel init` (readline on process.stderr,
 * a terminal: synchronous on POSIX too).
 */

const viaStream = new Set();
let sink;
/** Tests: hand every write to `to` instead (until called again without it). */
function setStdWriteSink(to) {
    sink = to;
}
function streamOf(fd) {
    return fd === 1 ? process.stdout : process.stderr;
}
function write(fd, text) {
    if (!text)
        return;
    if (sink)
        return sink(fd, text);
    if (process.platform === 'win32' || viaStream.has(fd)) {
        viaStream.add(fd);
        streamOf(fd).write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
        while (done < bytes.length)
            done += (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done);
    }
    catch {
        viaStream.add(fd);
        streamOf(fd).write(bytes.subarray(done));
    }
}
/** `text` on stdout, as `process.stdout.write(text)` would put it there. */
function writeStdout(text) {
    write(1, text);
}
/** `text` on stderr, as `process.stderr.write(text)` would put it there. */
function writeStderr(text) {
    write(2, text);
}

;// CONCATENATED MODULE: ./lib/core/runner-commands.js
/**
 * The Actions runner's command protocol, written directly: workflow commands on stdout
 * (`::error file=\u2026,line=\u2026::message`, `::add-mask::\u2026`, `::debug::\u2026`) and file commands appended to
 * the files the runner names (`GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`), with the
 * same escaping and heredoc delimiters as `@actions/core`. It exists so an action starts without
 * `@actions/core`, whose import loads its HTTP client and undici for the OIDC token whether or not
 * a token is ever asked for (tens of milliseconds at every start). The one thing it does not do,
 * fetching the job's OIDC token, is in ./oidc-token.ts, which loads `@actions/core` on demand.
 */




function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,\u2026::message` on stdout; properties with no value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    writeStdout(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Append `name<<delimiter \u2026 delimiter` to the file the runner named in GITHUB_<command>. */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // A delimiter that occurs in neither the name nor the value (drawn again if it would).
    const delimiter = (0,unique_token/* uniqueToken */.x)('ghadelimiter_', name, value);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
function annotationProps(p) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn
    };
}
/** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', name, value);
    writeStdout(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}
/** Values the main step hands its post step (read back there as STATE_<name>). */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', name, value);
    issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(value) {
    issueCommand('add-mask', {}, value);
}
function info(message) {
    writeStdout(message + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function notice(message, props = {}) {
    issueCommand('notice', annotationProps(props), message);
}
function warning(message, props = {}) {
    issueCommand('warning', annotationProps(props), message);
}
function error(message, props = {}) {
    issueCommand('error', annotationProps(props), message);
}
/** An error annotation, and the step's exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * Append Markdown to the job summary (a string, or parts written one after the other); throws
 * when the runner gave no summary file.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    if (typeof markdown === 'string')
        (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
    else
        for (const part of markdown)
            (0,external_node_fs_.appendFileSync)(file, part, 'utf8');
}

// EXTERNAL MODULE: ./lib/core/inputs.js
var core_inputs = __nccwpck_require__(662);
// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(4630);
// EXTERNAL MODULE: ./lib/config/default-file.js
var default_file = __nccwpck_require__(7454);
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __nccwpck_require__(8415);
;// CONCATENATED MODULE: ./lib/core/sha256.js
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex \u2014 for the one digest every
 * gate run computes (the effective configuration's, src/config/resolve.ts), so that a run that
 * needs no other cryptography does not load `node:crypto` for it (./lazy-crypto.ts). Equal to
 * `createHash('sha256').update(text).digest('hex')` byte for byte (test/core/sha256.test.ts);
 * meant for small inputs (kilobytes): larger data goes through `node:crypto`. Where a run has
 * loaded `node:crypto` anyway (cache-sentinel signs or verifies at every run), the digest is
 * node:crypto's: the same bytes, without running this code in the interpreter at start.
 */

const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);
const rotr = (x, n) => (x >>> n) | (x << (32 - n));
/** The SHA-256 digest of `text` (UTF-8), lowercase hex. */
function sha256Hex(text) {
    const loaded = nodeCryptoIfLoaded();
    if (loaded)
        return loaded.createHash('sha256').update(text, 'utf8').digest('hex');
    return sha256HexPortable(text);
}
/** sha256Hex without node:crypto (exported for the tests that compare the two). */
function sha256HexPortable(text) {
    const data = Buffer.from(text, 'utf8');
    // The message, a 1 bit, zeros, and the bit length as 64 bits big-endian: whole 64-byte blocks.
    const blocks = Math.ceil((data.length + 9) / 64);
    const msg = Buffer.alloc(blocks * 64);
    data.copy(msg);
    msg[data.length] = 0x80;
    const bits = data.length * 8;
    msg.writeUInt32BE(Math.floor(bits / 0x100000000), msg.length - 8);
    msg.writeUInt32BE(bits >>> 0, msg.length - 4);
    const h = new Int32Array([
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    ]);
    const w = new Int32Array(64);
    for (let off = 0; off < msg.length; off += 64) {
        for (let t = 0; t < 16; t++)
            w[t] = msg.readInt32BE(off + t * 4);
        for (let t = 16; t < 64; t++) {
            const a = w[t - 15];
            const b = w[t - 2];
            const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
            const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
        let [a, b, c, d, e, f, g, hh] = h;
        for (let t = 0; t < 64; t++) {
            const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const ch = (e & f) ^ (~e & g);
            const t1 = (hh + S1 + ch + K[t] + w[t]) | 0;
            const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const t2 = (S0 + maj) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    let out = '';
    for (const x of h)
        out += (x >>> 0).toString(16).padStart(8, '0');
    return out;
}

// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __nccwpck_require__(6370);
// EXTERNAL MODULE: ./lib/config/errors.js
var config_errors = __nccwpck_require__(8159);
;// CONCATENATED MODULE: ./lib/config/schema.js
/** Structured sections: config key \u2192 [document schema file, property of that document]. */
const STRUCTURED_SECTIONS = {
    'pr-target-ban': { allow: ['pr-target-allowlist.v1.json', 'allow'] },
    'workflow-policy': {
        rules: ['workflow-policy.v1.json', 'rules'],
        exceptions: ['workflow-policy.v1.json', 'exceptions']
    }
};
function inputSchema(input) {
    const base = { description: input.description.replace(/\s+/g, ' ').trim() };
    switch (input.type) {
        case 'boolean':
            return { ...base, type: 'boolean' };
        case 'number': {
            const s = { ...base, type: 'number' };
            const range = input;
            if (range.integer)
                s.type = 'integer';
            if (typeof range.min === 'number')
                s.minimum = range.min;
            if (typeof range.max === 'number')
                s.maximum = range.max;
            return s;
        }
        case 'choice':
            return { ...base, enum: input.options };
        case 'list':
            return {
                ...base,
                oneOf: [
                    { type: 'array', items: { type: 'string', minLength: 1 } },
                    { type: 'string', minLength: 1 }
                ]
            };
        case 'duration':
            return { ...base, type: 'string', minLength: 1, pattern: '^[0-9PTptWDHMSwdhms.]+$' };
        default:
            return { ...base, type: 'string' };
    }
}
/** Rewrite draft-07 `definitions` references of a document schema into this schema's `$defs`. */
function rehome(node, prefix) {
    if (Array.isArray(node))
        return node.map((n) => rehome(n, prefix));
    if (typeof node !== 'object' || node === null)
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) {
            out[k] = `#/$defs/${prefix}-${v.slice('#/definitions/'.length)}`;
        }
        else
            out[k] = rehome(v, prefix);
    }
    return out;
}
const BOUND = {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
        'at-least': {
            type: ['string', 'number'],
            description: 'No layer below may set a smaller value (numbers, durations; mode: enforce).'
        },
        'at-most': {
            type: ['string', 'number'],
            description: 'No layer below may set a larger value (numbers, durations).'
        },
        'approver-from': {
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: '^@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$' },
            description: 'Allowlist entries must name one of these teams in approved-by.'
        }
    }
};
function configSchema(specs, documents) {
    const defs = {};
    const properties = {
        version: { const: 1, description: 'The config contract version.' },
        extends: {
            type: 'string',
            minLength: 1,
            description: 'The organisation overlay: <owner>/<repo>/<path>@<40-hex commit sha>, or a path relative to this file.'
        },
        policy: {
            type: 'object',
            additionalProperties: false,
            description: 'Only in an organisation overlay: keys no layer below may change (locked) or loosen (bounds).',
            properties: {
                locked: {
                    type: 'array',
                    items: { type: 'string', pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                    description: '<gate>.<key> entries no repository setting or step input may change.'
                },
                bounds: {
                    type: 'object',
                    propertyNames: { pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
                    additionalProperties: BOUND
                }
            }
        }
    };
    for (const spec of specs) {
        const props = {};
        for (const input of spec.inputs) {
            if (input.type !== 'secret')
                props[input.name] = inputSchema(input);
        }
        for (const [key, [file, prop]] of Object.entries(STRUCTURED_SECTIONS[spec.gate] ?? {})) {
            const doc = documents[file];
            const prefix = file.replace(/\.v\d+\.json$/, '');
            for (const [name, def] of Object.entries(doc?.definitions ?? {})) {
                defs[`${prefix}-${name}`] = rehome(def, prefix);
            }
            props[key] = rehome(doc?.properties?.[prop] ?? {}, prefix);
        }
        properties[spec.gate] = {
            type: 'object',
            additionalProperties: false,
            description: spec.description.replace(/\s+/g, ' ').trim(),
            properties: props
        };
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://ci-intel.dev/schema/config.v1.json',
        title: 'ci-intel configuration (.ci-intel/config.yml)',
        description: "One file per repository; one overlay per organisation. Keys of a gate section are that gate's action.yml input names. Generated from actions/*/action.yml by `npm run matrix`.",
        type: 'object',
        additionalProperties: false,
        required: ['version'],
        properties,
        $defs: defs
    };
}

;// CONCATENATED MODULE: ./lib/config/resolve.js





function toRaw(input, value) {
    if (Array.isArray(value))
        return value.map(String).join('\n');
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    void input;
    return String(value);
}
function section(doc, gate) {
    const s = doc?.value[gate];
    return typeof s === 'object' && s !== null ? s : undefined;
}
function origin(kind, doc, gate, key) {
    const pos = (0,positions/* positionOf */.d)(doc, `/${gate}/${key}`);
    return { kind, label: `${doc.label}:${pos.line}`, file: doc.file, line: pos.line };
}
const MODE_STRICTNESS = { audit: 0, enforce: 1 };
function comparable(input, key, raw) {
    if (key === 'mode')
        return MODE_STRICTNESS[raw.trim()];
    if (input?.type === 'duration')
        return (0,duration/* parseDuration */.E)(raw);
    if (input?.type === 'number') {
        const n = Number(raw);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
function policyOf(org) {
    const p = (org?.value.policy ?? {});
    return { locked: new Set(p.locked ?? []), bounds: p.bounds ?? {} };
}
function resolveGateConfig(spec, layers, given) {
    const gate = spec.gate;
    const inputs = new Map(spec.inputs.map((i) => [i.name, i]));
    const org = section(layers.org, gate);
    const repo = section(layers.repo, gate);
    const policy = policyOf(layers.org);
    const values = {};
    const settings = {};
    const givenLabel = (k) => (given.label === 'flag' ? `--${k}` : 'with:');
    const structured = new Set(Object.keys(STRUCTURED_SECTIONS[gate] ?? {}));
    const keys = new Set([...inputs.keys(), ...structured]);
    for (const key of keys) {
        const input = inputs.get(key);
        // Candidates from the lowest layer to the highest.
        const chain = [];
        if (input?.default !== undefined)
            chain.push({ value: input.default, origin: { kind: 'default', label: 'default' } });
        if (org && org[key] !== undefined)
            chain.push({ value: org[key], origin: origin('org', layers.org, gate, key) });
        if (repo && repo[key] !== undefined)
            chain.push({ value: repo[key], origin: origin('repo', layers.repo, gate, key) });
        const g = given.values[key];
        if (g !== undefined && g !== '')
            chain.push({ value: g, origin: { kind: 'with', label: givenLabel(key) } });
        if (chain.length === 0)
            continue;
        const top = chain[chain.length - 1];
        const id = `${gate}.${key}`;
        const orgEntry = chain.find((c) => c.origin.kind === 'org');
        if (policy.locked.has(id)) {
            const base = orgEntry ?? chain.find((c) => c.origin.kind === 'default');
            for (const c of chain) {
                if (c.origin.kind !== 'repo' && c.origin.kind !== 'with')
                    continue;
                if (!base || canonical(toRaw(input, c.value)) !== canonical(toRaw(input, base.value))) {
                    throw new config_errors/* ConfigError */.x(`${id} is locked by ${layers.org.label} at ${base ? JSON.stringify(toRaw(input, base.value)) : 'its default'}; ${c.origin.label} sets it to ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, `Remove ${key} from ${c.origin.kind === 'with' ? "the step's with: (or the CLI flag)" : c.origin.label.replace(/:\d+$/, '')}; the organisation owns this setting.`, c.origin.line);
                }
            }
        }
        const bound = policy.bounds[id];
        if (bound) {
            const loosens = (c, limit, dir) => {
                const v = comparable(input, key, toRaw(input, c.value));
                const l = comparable(input, key, String(limit));
                if (v === undefined || l === undefined)
                    return true;
                return dir === 'at-least' ? v < l : v > l;
            };
            for (const dir of ['at-least', 'at-most']) {
                const limit = bound[dir];
                if (limit === undefined)
                    continue;
                if (comparable(input, key, String(limit)) === undefined) {
                    throw new config_errors/* ConfigError */.x(`${layers.org.label}: policy.bounds.${id}.${dir} ${JSON.stringify(limit)} is not a value ${key} can be compared with`, layers.org.file);
                }
                // Every layer below the organisation that sets the key, and the value that takes effect.
                for (const c of [
                    ...chain.filter((c) => c.origin.kind === 'repo' || c.origin.kind === 'with'),
                    top
                ]) {
                    if (loosens(c, limit, dir)) {
                        throw new config_errors/* ConfigError */.x(`${id} must be ${dir.replace('-', ' ')} ${String(limit)} (${layers.org.label}); ${c.origin.label} gives ${JSON.stringify(toRaw(input, c.value))}`, c.origin.file, c.origin.kind === 'default'
                            ? `The hub's default loosens the organisation's bound: set ${key} in the overlay or in .ci-intel/config.yml.`
                            : `Set ${key} to a value ${dir.replace('-', ' ')} ${String(limit)}, or remove it.`, c.origin.line);
                    }
                }
            }
            const teams = bound['approver-from'];
            if (teams) {
                const entries = Array.isArray(top.value) ? top.value : [];
                entries.forEach((e, i) => {
                    const by = String(e?.['approved-by'] ?? '');
                    if (!teams.includes(by)) {
                        throw new config_errors/* ConfigError */.x(`${id}[${i}] (${String(e?.workflow ?? '?')}) is approved by ${JSON.stringify(by)}; ${layers.org.label} requires one of ${teams.join(', ')} (${top.origin.label})`, top.origin.file, `Have a member of ${teams.join(' or ')} approve the exception and name the team in approved-by.`, top.origin.line);
                    }
                });
            }
        }
        const entry = { value: input?.type === 'secret' ? '***' : top.value, origin: top.origin };
        if (structured.has(key))
            settings[key] = entry;
        else
            values[key] = entry;
    }
    const raw = {};
    for (const [k, v] of Object.entries(values)) {
        if (v.origin.kind === 'default')
            continue;
        raw[k] = v.origin.kind === 'with' ? String(given.values[k]) : toRaw(inputs.get(k), v.value);
    }
    const files = [layers.repo?.label, layers.org?.label].filter((f) => !!f);
    const digestOf = canonical({
        gate,
        inputs: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value])),
        settings: Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, v.value]))
    });
    const evidence = {
        digest: `sha256:${sha256Hex(digestOf)}`,
        files
    };
    if (layers.org)
        evidence.overlay = layers.org.ref.text;
    return { gate, raw, values, settings, evidence };
}

// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(6613);
;// CONCATENATED MODULE: ./lib/core/run-gate.js
/** The fail-closed runner: inputs in, a GateResult out, never an exception. */











/** The step's own values: what the runner filled in from action.yml defaults is not "given". */
function givenValues(spec, raw, label) {
    if (label === 'flag')
        return raw;
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
        const d = spec.inputs.find((i) => i.name === k)?.default;
        if (v !== undefined && v !== d)
            out[k] = v;
    }
    return out;
}
/** A path as the user gave it: relative to the workspace when inside it. */
function shownPath(workspace, file) {
    if (!workspace)
        return file;
    const rel = (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, file));
    if (rel === '')
        return '.';
    return !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
}
function ruleOf(err) {
    if (err instanceof errors/* InputError */.dz)
        return 'input/invalid';
    if (err instanceof read_file/* FileReadError */.tJ)
        return 'input/unreadable-file';
    if (err instanceof strict_json/* JsonDocumentError */.sT)
        return 'input/invalid-document';
    return 'gate/error';
}
function errorEvaluation(err, spec, workspace) {
    const finding = {
        rule: ruleOf(err),
        severity: 'error',
        message: (0,errors/* errorMessage */.gJ)(err)
    };
    if (err instanceof read_file/* FileReadError */.tJ) {
        // Any file input of any gate (bundle, trusted root, evidence, layout blob, workflow file):
        // a FIFO, device, directory, missing or oversized file is a clean error naming it.
        const shown = shownPath(workspace, err.file);
        finding.message = finding.message.split(err.file).join(shown);
        finding.file = shown;
        finding.help = err.help;
    }
    else if (err instanceof strict_json/* JsonDocumentError */.sT) {
        if (err.line)
            finding.line = err.line;
        finding.help =
            'Fix the document: it must be valid JSON, and a key may appear only once in an object.';
    }
    else if (err instanceof errors/* InputError */.dz) {
        finding.help = `Set '${err.input}' in the step's \`with:\` (or --${err.input} on the CLI). See actions/${spec.gate}/action.yml.`;
    }
    else if (err instanceof errors/* GateError */.ue) {
        if (err.help)
            finding.help = err.help;
        if (err.file)
            finding.file = err.file;
        if (err.line)
            finding.line = err.line;
        if (err.column)
            finding.column = err.column;
    }
    else {
        finding.help =
            'The gate could not decide and fails closed. Re-run with mode: audit to report only.';
    }
    return {
        verdict: 'error',
        summary: `could not decide: ${finding.message}`,
        findings: [finding],
        evidence: { error: finding.message }
    };
}
/** Give the verdict no chance to be kinder than the findings. */
function consistent(e) {
    if (!isVerdict(e.verdict)) {
        return {
            ...e,
            verdict: 'error',
            summary: `could not decide: the gate returned the verdict ${JSON.stringify(e.verdict)}`
        };
    }
    if (e.verdict === 'pass' && e.findings.some((f) => f.severity === 'error')) {
        return { ...e, verdict: 'fail' };
    }
    return e;
}
function modeOf(raw) {
    return raw.mode?.trim() === 'audit' ? 'audit' : 'enforce';
}
async function runGate(gate, raw, ctx, options = {}) {
    const started = new Date();
    // process.hrtime, not performance.now(): the `performance` global loads perf_hooks (~1 ms).
    const t0 = process.hrtime.bigint();
    const redactor = options.redactor ?? new Redactor();
    let spec = options.spec;
    let evaluation;
    let inputs;
    let mode = modeOf(raw);
    let configEvidence;
    try {
        spec ??=
            (0,build_registry/* registeredActionSpec */.wP)(gate.name) ??
                (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5521))).loadActionSpec(gate.name);
        if (gate.prestart) {
            try {
                gate.prestart(Object.fromEntries(spec.inputs.map((i) => [i.name, raw[i.name] ?? i.default])), ctx);
            }
            catch {
                // A guess only: evaluate reports whatever is wrong with the inputs.
            }
        }
        let effectiveRaw = raw;
        if (!options.noConfig) {
            const label = options.given ?? 'flag';
            // Unknown input names are reported by parseInputs, against the action.yml.
            (0,core_inputs/* parseInputs */.TL)(spec, raw);
            // The YAML reader and the schema validator load only when there is a file to read.
            const named = options.configFile ?? ctx.env.CI_INTEL_CONFIG;
            const layers = named || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(ctx.workspace, default_file/* DEFAULT_CONFIG_FILE */.C))
                ? await (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(651), __nccwpck_require__.e(216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7216))).loadLayers({
                    workspace: ctx.workspace,
                    env: ctx.env,
                    tempDir: ctx.tempDir,
                    configFile: options.configFile,
                    // A private overlay is read with the gate's own token input when it has one.
                    token: raw.token || raw['github-token'] || undefined
                })
                : {};
            const effective = resolveGateConfig(spec, layers, {
                values: givenValues(spec, raw, label),
                label
            });
            effectiveRaw = { ...effective.raw };
            // Secret inputs never come from files: keep what the step or the environment gave.
            for (const i of spec.inputs)
                if (i.type === 'secret' && raw[i.name])
                    effectiveRaw[i.name] = raw[i.name];
            ctx = {
                ...ctx,
                settings: Object.fromEntries(Object.entries(effective.settings).map(([k, v]) => [
                    k,
                    { value: v.value, file: v.origin.file, line: v.origin.line, label: v.origin.label }
                ]))
            };
            configEvidence = effective.evidence;
        }
        inputs = (0,core_inputs/* parseInputs */.TL)(spec, effectiveRaw);
        mode = inputs.mode;
        for (const s of inputs.secrets()) {
            redactor.add(s);
            ctx.secret(s);
        }
        evaluation = consistent(await gate.evaluate(inputs, ctx));
    }
    catch (err) {
        evaluation = errorEvaluation(err, spec ?? { gate: gate.name }, ctx.workspace);
    }
    const result = {
        schema: 'ci-intel.gate-result.v1',
        gate: gate.name,
        verdict: evaluation.verdict,
        mode,
        summary: evaluation.summary,
        findings: evaluation.findings,
        evidence: { ...evaluation.evidence },
        outputs: evaluation.outputs ?? {},
        startedAt: started.toISOString(),
        durationMs: Math.round(Number(process.hrtime.bigint() - t0) / 1000) / 1000
    };
    if (inputs)
        result.evidence.inputs ??= inputs.toEvidence();
    if (configEvidence)
        result.evidence.config ??= configEvidence;
    return redactor.redactResult(result);
}

;// CONCATENATED MODULE: ./lib/core/version.js
/** The hub's version, stamped into SARIF and evidence. Kept in step with package.json by a test. */
const HUB_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/core/actions-adapter.js
/**
 * The one place that talks to the Actions runner: `INPUT_*` in; outputs, job summary,
 * annotations, policy record and SARIF out. Everything else is pure.
 */













/** GitHub shows at most 10 annotations of each kind per step; we send a few more, then a note. */
const MAX_ANNOTATIONS = 50;
function annotate(result) {
    let sent = 0;
    for (const f of result.findings) {
        if (!f.file)
            continue;
        if (sent === MAX_ANNOTATIONS) {
            notice(`${result.findings.length - sent} more findings: see the job summary or result-file.`);
            break;
        }
        const props = {
            title: `${result.gate}: ${f.rule}`,
            file: f.file,
            startLine: f.line,
            startColumn: f.column
        };
        const text = f.help ? `${f.message}\nFix: ${f.help}` : f.message;
        if (f.severity === 'error')
            error(text, props);
        else if (f.severity === 'warning')
            warning(text, props);
        else
            notice(text, props);
        sent++;
    }
}
/** Runs the action; in an offload worker of the bundle (src/core/offload.ts), nothing. */
async function runAction(gate, options = {}) {
    if ((0,offload/* inOffloadWorker */.Ru)())
        return undefined;
    // The bundle carries its spec (scripts/build.mjs); the YAML reader loads only without one.
    const spec = (0,build_registry/* registeredActionSpec */.wP)(gate.name) ?? (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5521))).loadActionSpec(gate.name);
    const redactor = new Redactor();
    // Tokens learnt during the run (a registry's bearer token) are masked in the runner log too.
    onSecretRegistered((form) => setSecret(form));
    const mask = (value) => {
        setSecret(value);
        for (const form of redactor.add(value))
            setSecret(form);
    };
    const raw = {};
    for (const input of spec.inputs) {
        const value = getInput(input.name);
        if (input.type === 'secret' && value)
            mask(value);
        if (value !== '')
            raw[input.name] = value;
    }
    const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const ctx = {
        workspace: (0,external_node_path_.resolve)(process.env.GITHUB_WORKSPACE || process.cwd()),
        tempDir: hubTempDir(runnerTemp),
        env: process.env,
        now: () => new Date(),
        log: (m) => info(redactor.redact(m)),
        secret: mask
    };
    const result = await runGate(gate, raw, ctx, { spec, redactor, given: 'with:' });
    // A file the step promises but could not write fails the step, after everything else is
    // reported: the verdict is never lost with it, and the run never ends in a crash.
    const unwritten = [];
    const write = (what, fix, act, where = '') => {
        try {
            act();
        }
        catch (err) {
            unwritten.push(`${what} could not be written${where} (${(0,errors/* errorMessage */.gJ)(err)}): ${fix}`);
        }
    };
    const underTemp = 'give the step a writable RUNNER_TEMP';
    setOutput('verdict', result.verdict);
    write('the result file', underTemp, () => setOutput('result-file', writeResultFile(result, runnerTemp)), ` under ${ctx.tempDir}`);
    for (const [k, v] of Object.entries(result.outputs))
        setOutput(k, v);
    write('the policy record', underTemp, () => appendPolicyRecord(result, runnerTemp), ` under ${ctx.tempDir}`);
    const sarifFile = raw['sarif-file'];
    if (sarifFile && spec.inputs.some((i) => i.name === 'sarif-file')) {
        write(`input 'sarif-file': ${sarifFile}`, 'name a writable file path under the workspace', () => {
            writeFilePieces((0,external_node_path_.resolve)(ctx.workspace, sarifFile), sarifPieces(result, gate.rules, HUB_VERSION));
            setOutput('sarif-file', sarifFile);
        });
    }
    annotate(result);
    try {
        appendSummary((0,markdown/* summaryMarkdownParts */.gD)(result, options.details?.(result)));
    }
    catch (err) {
        // No GITHUB_STEP_SUMMARY (a local run): the log below carries the same facts.
        debug(`no job summary written: ${String(err)}`);
    }
    info(`${result.gate}: ${result.verdict} \u2014 ${result.summary}`);
    for (const problem of unwritten)
        error(redactor.redact(`${result.gate}: ${problem}`));
    if (unwritten.length) {
        setFailed(redactor.redact(`${result.gate} ${result.verdict}, but ${unwritten.length === 1 ? 'a file it promises was' : 'files it promises were'} not written: ${unwritten.join('; ')}`));
    }
    else if (stepFails(result)) {
        setFailed(`${result.gate} ${result.verdict}: ${result.summary}`);
    }
    else if (result.verdict !== 'pass') {
        warning(`${result.gate} ${result.verdict} (audit mode, not blocking): ${result.summary}`);
    }
    return result;
}


/***/ }),

/***/ 1855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ registerSchemaValidators),
/* harmony export */   P6: () => (/* binding */ registeredBundleEntry),
/* harmony export */   RI: () => (/* binding */ registerActionSpec),
/* harmony export */   SK: () => (/* binding */ registerBundleEntry),
/* harmony export */   jO: () => (/* binding */ schemasCompiledAtBuild),
/* harmony export */   wP: () => (/* binding */ registeredActionSpec),
/* harmony export */   zv: () => (/* binding */ registeredSchemaLoader)
/* harmony export */ });
/** Each gate's spec as the build wrote it (JSON), parsed when it is first asked for. */
const specTexts = new Map();
const specs = new Map();
const validators = new Map();
let bundled = false;
/**
 * `json`: the gate's parsed and checked spec, as JSON text. The CLI carries every gate's and a
 * run reads one or two (its usage, all of them), so the text is parsed only when asked for.
 */
function registerActionSpec(gate, json) {
    specTexts.set(gate, json);
    specs.delete(gate);
}
/** The spec the build compiled into this bundle, if any. */
function registeredActionSpec(gate) {
    let spec = specs.get(gate);
    if (!spec) {
        const json = specTexts.get(gate);
        if (json === undefined)
            return undefined;
        spec = JSON.parse(json);
        specs.set(gate, spec);
    }
    return spec;
}
/**
 * Loaders of the validators for `schema/<name>` (e.g. `workflow-policy.v1.json`), generated at
 * build time: every schema the bundle's code names. After this, a schema that was not registered
 * is a build defect (the bundle carries no ajv compiler), reported as such instead of compiled.
 */
function registerSchemaValidators(all) {
    for (const [name, load] of Object.entries(all))
        validators.set(name, load);
    bundled = true;
}
/** True in a bundle whose schemas were compiled at build time. */
function schemasCompiledAtBuild() {
    return bundled;
}
function registeredSchemaLoader(name) {
    return validators.get(name);
}
let bundleEntry;
/** The bundle's own entry file (`import.meta.url` of the generated entry): what a worker loads. */
function registerBundleEntry(url) {
    bundleEntry = url;
}
function registeredBundleEntry() {
    return bundleEntry;
}


/***/ }),

/***/ 8415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Durations as users write them: `90s`, `36h`, `7d`, `1d12h`, `2w`, or ISO 8601 (`P7D`, `PT36H`). */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
const SHORT = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h|d|w))+$/;
const SHORT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** Milliseconds for a duration string, or undefined when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '')
        return undefined;
    if (SHORT.test(s)) {
        let total = 0;
        for (const m of s.matchAll(SHORT_PART))
            total += Number(m[1]) * UNIT_MS[m[2]];
        return total;
    }
    const iso = ISO.exec(s.toUpperCase());
    if (iso && s.length > 1 && !s.toUpperCase().endsWith('T')) {
        const [, w, d, h, m, sec] = iso.map((x) => (x === undefined ? 0 : Number(x)));
        return w * UNIT_MS.w + d * UNIT_MS.d + h * UNIT_MS.h + m * UNIT_MS.m + sec * UNIT_MS.s;
    }
    return undefined;
}
/** A short human form: `7d`, `36h`, `1d 2h 3m`, `45s`. */
function formatDuration(ms) {
    const neg = ms < 0;
    let rest = Math.abs(Math.round(ms / 1000));
    const parts = [];
    for (const [unit, secs] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60],
        ['s', 1]
    ]) {
        const n = Math.floor(rest / secs);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * secs;
    }
    return (neg ? '-' : '') + (parts.length ? parts.join(' ') : '0s');
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ue: () => (/* binding */ GateError)
/* harmony export */ });
/** Errors that carry what the user must change. */
/** A bad input value: names the input, what was given and what is expected. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** The gate could not decide (a document it cannot read, a service that does not answer). */
class GateError extends Error {
    help;
    file;
    line;
    column;
    constructor(message, help, file, line, column) {
        super(message);
        this.help = help;
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'GateError';
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 7669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ hubRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/** The hub's root folder (where actions/, schema/ and package.json are), found from a module. */



/**
 * The hub's root: the nearest ancestor of this module (src/core, lib/core or dist/<bundle>)
 * that holds an `actions/` folder.
 */
function hubRoot(from = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(from);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'actions')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json')))
            return dir;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            throw new Error(`cannot find the hub's actions/ folder above ${from}`);
        dir = parent;
    }
}


/***/ }),

/***/ 662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export describeRange */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8415);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3828);


const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
/** A plain decimal number (no hex, no `Infinity`, no blank that `Number` would read as 0). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
/** Split a list input: newline- or comma-separated, trimmed, blanks and `#` comments dropped. */
function splitList(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** The range of a number or duration input, as users write it: `1 to 600000 (a whole number)`. */
function describeRange(spec) {
    const show = (n) => (spec.type === 'duration' ? (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(n) : String(n));
    const whole = spec.integer ? ', a whole number' : '';
    return `${show(spec.min ?? -Infinity)} to ${show(spec.max ?? Infinity)}${whole}`;
}
/** Refuse a number or duration outside its declared range, naming the value and the range. */
function inRange(spec, raw, n) {
    const tooSmall = spec.min !== undefined && n < spec.min;
    const tooLarge = spec.max !== undefined && n > spec.max;
    if (tooSmall || tooLarge || (spec.integer && !Number.isInteger(n))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${raw.trim()}' is out of range; allowed: ${describeRange(spec)}`);
    }
    return n;
}
function convert(spec, raw) {
    switch (spec.type) {
        case 'string':
        case 'secret':
            return raw;
        case 'boolean':
            if (TRUE.includes(raw.trim()))
                return true;
            if (FALSE.includes(raw.trim()))
                return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${raw}' is not a boolean; use true or false`);
        case 'number': {
            const n = DECIMAL.test(raw.trim()) ? Number(raw.trim()) : NaN;
            if (!Number.isFinite(n)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${raw}' is not a number; allowed: ${describeRange(spec)}`);
            }
            return inRange(spec, raw, n);
        }
        case 'choice': {
            const v = raw.trim();
            if (!spec.options?.includes(v)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${v}' is not one of: ${spec.options?.join(', ')}`);
            }
            return v;
        }
        case 'list':
            return splitList(raw);
        case 'duration': {
            const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(raw);
            if (ms === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(spec.name, `'${raw}' is not a duration; write e.g. 90s, 36h, 7d, 1d12h or ISO 8601 P7D / PT36H`);
            }
            return inRange(spec, raw, ms);
        }
    }
}
/** The parsed inputs of one gate run, with typed accessors that fail loudly on misuse. */
class Inputs {
    spec;
    values;
    constructor(spec, values) {
        this.spec = spec;
        this.values = values;
    }
    get(name) {
        if (!this.spec.inputs.some((i) => i.name === name)) {
            throw new Error(`gate ${this.spec.gate} reads input '${name}', which its action.yml does not declare`);
        }
        return this.values.get(name);
    }
    /** Whether the user (or the default) gave a value. */
    has(name) {
        const v = this.get(name);
        return v !== undefined && !(Array.isArray(v) && v.length === 0);
    }
    string(name) {
        const v = this.get(name);
        return v === undefined ? undefined : String(v);
    }
    requireString(name) {
        const v = this.string(name);
        if (v === undefined || v === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, 'is required here');
        return v;
    }
    list(name) {
        const v = this.get(name);
        if (v === undefined)
            return [];
        return Array.isArray(v) ? v : splitList(String(v));
    }
    boolean(name) {
        return this.get(name) === true;
    }
    number(name) {
        const v = this.get(name);
        return typeof v === 'number' ? v : undefined;
    }
    /** A duration input, in milliseconds. */
    duration(name) {
        return this.number(name);
    }
    get mode() {
        return this.values.get('mode') === 'audit' ? 'audit' : 'enforce';
    }
    /** The spec and the parsed values, as plain data a worker thread can be given. */
    toTransfer() {
        return { spec: this.spec, values: this.values };
    }
    static fromTransfer(t) {
        return new Inputs(t.spec, t.values);
    }
    /** Names and values of every secret-typed input that was given. */
    secrets() {
        return this.spec.inputs
            .filter((i) => i.type === 'secret')
            .map((i) => this.values.get(i.name))
            .filter((v) => typeof v === 'string' && v !== '');
    }
    /** The inputs as JSON-able evidence, secrets replaced. */
    toEvidence() {
        const out = {};
        for (const i of this.spec.inputs) {
            const v = this.values.get(i.name);
            if (v === undefined)
                continue;
            out[i.name] = i.type === 'secret' ? '***' : v;
        }
        return out;
    }
}
/**
 * Parse raw string values (from `INPUT_*` or CLI flags) against the spec. A missing or empty
 * value takes the default; a missing required input is an InputError naming it.
 */
function parseInputs(spec, raw) {
    const known = new Set(spec.inputs.map((i) => i.name));
    for (const name of Object.keys(raw)) {
        if (!known.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, `gate ${spec.gate} has no such input; it takes: ${[...known].join(', ')}`);
        }
    }
    const values = new Map();
    for (const input of spec.inputs) {
        const given = raw[input.name];
        // A default like `${{ github.token }}` is filled in by the runner; anywhere else (the CLI) it
        // means "not given", never the literal expression text.
        const fallback = input.default?.includes('${{') ? undefined : input.default;
        const text = given !== undefined && given.trim() !== '' ? given : fallback;
        if (text === undefined || text === '') {
            if (input.required) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input.name, `is required (${input.description.trim()})`);
            }
            continue;
        }
        values.set(input.name, convert(input, text));
    }
    return new Inputs(spec, values);
}


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ mapFindings),
/* harmony export */   tY: () => (/* binding */ lazyFindings)
/* harmony export */ });
/* unused harmony export isLazyFindings */
const sources = new WeakMap();
/** The index a property key names, or -1 ("3" names 3; "03", "-1", "1.5" and "length" none). */
function indexOf(key, length) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10)
        return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && key.length > 1))
        return -1;
    let n = 0;
    for (let i = 0; i < key.length; i++) {
        const d = key.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        n = n * 10 + d;
    }
    return n < length ? n : -1;
}
/** The findings of `source` as an array whose items are made when read. */
function lazyFindings(source) {
    const length = source.length;
    const replaced = new Map();
    const at = (i) => replaced.get(i) ?? source.at(i);
    const target = [];
    target.length = length;
    const list = new Proxy(target, {
        get(t, key, receiver) {
            const i = indexOf(key, length);
            return i < 0 ? Reflect.get(t, key, receiver) : at(i);
        },
        has(t, key) {
            return indexOf(key, length) >= 0 || Reflect.has(t, key);
        },
        set(_t, key, value) {
            const i = indexOf(key, length);
            if (i < 0)
                throw new TypeError(`a lazy findings list has ${length} items, no more, no fewer`);
            replaced.set(i, value);
            return true;
        },
        deleteProperty() {
            throw new TypeError('a lazy findings list has no holes: an item cannot be deleted');
        },
        defineProperty() {
            throw new TypeError('a lazy findings list takes no new properties');
        },
        getOwnPropertyDescriptor(t, key) {
            const i = indexOf(key, length);
            if (i < 0)
                return Reflect.getOwnPropertyDescriptor(t, key);
            return { value: at(i), writable: true, enumerable: true, configurable: true };
        },
        ownKeys(t) {
            const keys = [];
            for (let i = 0; i < length; i++)
                keys.push(String(i));
            return [...keys, ...Reflect.ownKeys(t)];
        }
    });
    sources.set(list, { length, at });
    return list;
}
/** Whether `list` is a lazy findings list (`lazyFindings`). */
function isLazyFindings(list) {
    return sources.has(list);
}
/**
 * `list` with each finding passed through `fn` as it is read: a lazy list stays lazy (`fn` runs
 * at every read), an ordinary array is mapped now.
 */
function mapFindings(list, fn) {
    const source = sources.get(list);
    if (!source)
        return list.map((f) => fn(f));
    return lazyFindings({ length: source.length, at: (i) => fn(source.at(i)) });
}


/***/ }),

/***/ 5746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ OFFLOAD_YOUNG_GENERATION_MB),
/* harmony export */   Ru: () => (/* binding */ inOffloadWorker),
/* harmony export */   Yq: () => (/* binding */ offloadable),
/* harmony export */   a1: () => (/* binding */ OffloadFeed),
/* harmony export */   hZ: () => (/* binding */ prestartOffload),
/* harmony export */   id: () => (/* binding */ cancelPrestartedOffload),
/* harmony export */   mD: () => (/* binding */ runOffloaded),
/* harmony export */   uz: () => (/* binding */ defineOffloadTask),
/* harmony export */   yz: () => (/* binding */ MovedAnswer)
/* harmony export */ });
/* unused harmony export offloadWorkerGate */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var _build_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1855);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3828);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4630);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6613);
/**
 * Running one long, allocation-heavy part of a gate (scanning thousands of workflow files) in a
 * worker thread whose young generation is capped. V8 grows the main thread's young generation to
 * its maximum over a long run (tens of MB freed per scavenge, most of it never reused), so the
 * peak RSS grows with the file count although what the scan keeps does not. A worker is the one
 * documented way to give part of a run other heap limits (`resourceLimits`): flags set after
 * start (`v8.setFlagsFromString`) do not resize a configured heap.
 *
 * The worker runs the same code: the bundle's entry (registered by the build) or, outside a
 * bundle, the module that defines the task. `defineOffloadTask` runs the task when the module is
 * loaded in its worker; `runAction` and the CLI do nothing there. Progress lines and secrets the
 * task learns are posted to the calling thread, which logs and masks them as usual.
 */






const ROLE_ENV = 'CI_INTEL_OFFLOAD_TASK';
/** The young generation of an offload worker, MiB (measured: 32 keeps 1x-16x corpus flattest). */
const OFFLOAD_YOUNG_GENERATION_MB = 32;
let threads;
/** worker_threads, loaded only by a run that offloads (or asks whether it is a worker). */
const workerThreads = () => (threads ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url)('node:worker_threads'));
/** True in a worker started by `runOffloaded`: the entry must not run its action there. */
function inOffloadWorker() {
    if (!process.env[ROLE_ENV])
        return false;
    return !workerThreads().isMainThread;
}
/** The gate whose module a CLI worker must load for its task to be defined. */
function offloadWorkerGate() {
    if (!inOffloadWorker())
        return undefined;
    return workerThreads().workerData?.gate;
}
/**
 * Whether a task defined in `module` can run in a worker: in a bundle, or from compiled `lib/`.
 * From the TypeScript sources (the test runner's own loader) a worker could not load it.
 */
function offloadable(module) {
    return (0,_build_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registeredBundleEntry */ .P6)() !== undefined || /\.m?js$/.test(module);
}
function encodeError(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz) {
        return {
            type: 'InputError',
            input: err.input,
            message: err.message.slice(`input '${err.input}': `.length)
        };
    }
    if (err instanceof _read_file_js__WEBPACK_IMPORTED_MODULE_4__/* .FileReadError */ .tJ) {
        return {
            type: 'FileReadError',
            message: err.message,
            file: err.file,
            help: err.help,
            code: err.code
        };
    }
    if (err instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonDocumentError */ .sT) {
        return {
            type: 'JsonDocumentError',
            message: err.message,
            line: err.line,
            pointer: err.pointer
        };
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue) {
        const { help, file, line, column } = err;
        return { type: 'GateError', message: err.message, help, file, line, column };
    }
    return { type: 'Error', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err) };
}
/** The error the task threw, as the same class (the verdict and its finding depend on it). */
function decodeError(e) {
    switch (e.type) {
        case 'InputError':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(e.input ?? '', e.message);
        case 'FileReadError':
            return new _read_file_js__WEBPACK_IMPORTED_MODULE_4__/* .FileReadError */ .tJ(e.message, e.file ?? '', e.help ?? '', e.code);
        case 'JsonDocumentError':
            return new _strict_json_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonDocumentError */ .sT(e.message, e.line, e.pointer);
        case 'GateError':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(e.message, e.help, e.file, e.line, e.column);
        default:
            return new Error(e.message);
    }
}
/**
 * A task's answer whose buffers (`transfer`) are moved to the calling thread instead of copied:
 * the task must not touch them afterwards.
 */
class MovedAnswer {
    value;
    transfer;
    constructor(value, transfer) {
        this.value = value;
        this.transfer = transfer;
    }
}
/**
 * Define a task a worker can run. Called at the top level of the module that holds it; in the
 * worker started for this task, it runs it and posts the outcome (elsewhere it does nothing).
 */
function defineOffloadTask(name, run) {
    if (process.env[ROLE_ENV] !== name || !inOffloadWorker())
        return;
    const port = workerThreads().parentPort;
    const post = (m) => port.postMessage(m);
    // Feed requests are answered in the order they were made.
    const asked = [];
    const host = {
        log: (text) => post({ kind: 'log', text }),
        secret: (value) => post({ kind: 'secret', value }),
        more: (n) => new Promise((resolve, reject) => {
            asked.push({ resolve, reject });
            post({ kind: 'want', n });
        })
    };
    let started = false;
    // The payload comes as the first message (a worker started ahead of time waits for it), after
    // the defining module and the rest of the entry have finished loading.
    port.on('message', (m) => {
        if (m.kind === 'start' && !started) {
            started = true;
            run(m.payload, host).then((value) => {
                if (value instanceof MovedAnswer)
                    port.postMessage({ kind: 'done', value: value.value }, value.transfer);
                else
                    post({ kind: 'done', value });
            }, (err) => post({ kind: 'failed', error: encodeError(err) }));
        }
        else if (m.kind === 'items') {
            asked.shift()?.resolve(m.items);
        }
        else if (m.kind === 'feed-failed') {
            asked.shift()?.reject(decodeError(m.error));
        }
    });
}
/**
 * A task's view of its caller's feed, one item at a time: the next batch is asked for while half
 * of the current one is still to be used, so the caller reads ahead on its own thread while the
 * task works, and at most two batches are held.
 */
class OffloadFeed {
    host;
    size;
    batch = [];
    at = 0;
    ahead;
    ended = false;
    constructor(host, size = 32) {
        this.host = host;
        this.size = size;
    }
    /** The next item, or undefined once the feed is exhausted. */
    async next() {
        if (this.at >= this.batch.length) {
            if (this.ended)
                return undefined;
            const got = await (this.ahead ?? this.host.more(this.size));
            this.ahead = undefined;
            if (got.length === 0) {
                this.ended = true;
                return undefined;
            }
            this.batch = got;
            this.at = 0;
        }
        if (this.ahead === undefined &&
            this.at * 2 >= this.batch.length &&
            this.batch.length >= this.size) {
            this.ahead = this.host.more(this.size);
            // Awaited by the next call; until then a failure must not count as unhandled.
            this.ahead.catch(() => undefined);
        }
        return this.batch[this.at++];
    }
}
/** Workers started ahead of time (`prestartOffload`), by task, not yet given their payload. */
const prestarted = new Map();
function startWorker(task, options) {
    const { Worker } = workerThreads();
    const entry = (0,_build_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registeredBundleEntry */ .P6)() ?? options.module;
    const setup = { task, gate: options.gate };
    return new Worker((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(entry), {
        workerData: setup,
        env: { ...process.env, [ROLE_ENV]: task },
        resourceLimits: { maxYoungGenerationSizeMb: OFFLOAD_YOUNG_GENERATION_MB },
        stdout: false,
        stderr: false
    });
}
/**
 * Start the worker for `task` now, while this thread still prepares what to give it: its start
 * (loading the bundle a second time, ~50 ms) overlaps that work. The next `runOffloaded` of the
 * task uses it. Until then it does not keep the process alive; `cancelPrestartedOffload` ends it
 * when the run decides not to offload. Gives the worker's thread id.
 */
function prestartOffload(task, options) {
    const had = prestarted.get(task);
    if (had)
        return had.worker.threadId;
    const worker = startWorker(task, options);
    const slot = { worker, ended: false };
    // Whatever ends it before it is used: the run then starts a fresh one.
    const end = () => {
        slot.ended = true;
    };
    worker.on('error', end);
    worker.on('exit', end);
    worker.unref();
    prestarted.set(task, slot);
    return worker.threadId;
}
/** End the worker started ahead of time for `task`, if it was not used. */
function cancelPrestartedOffload(task) {
    const slot = prestarted.get(task);
    if (!slot)
        return;
    prestarted.delete(task);
    void slot.worker.terminate().catch(() => undefined);
}
function takePrestarted(task) {
    const slot = prestarted.get(task);
    if (!slot)
        return undefined;
    prestarted.delete(task);
    if (slot.ended)
        return undefined;
    slot.worker.removeAllListeners();
    slot.worker.ref();
    return slot.worker;
}
/**
 * Run `task` in a worker thread and give its value; the task's error is rethrown as its own
 * class. A worker that dies, runs out of memory or ends without an answer is a GateError: the
 * caller reports `error`, never a result it did not get.
 */
function runOffloaded(task, payload, options) {
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (f) => {
            if (settled)
                return;
            settled = true;
            f();
        };
        const worker = takePrestarted(task) ?? startWorker(task, options);
        const order = (m) => worker.postMessage(m);
        const ended = () => worker.terminate().catch(() => undefined);
        worker.on('message', (m) => {
            if (m.kind === 'log')
                options.host.log(m.text);
            else if (m.kind === 'secret')
                options.host.secret(m.value);
            else if (m.kind === 'want') {
                try {
                    if (!options.supply)
                        throw new Error(`the ${task} task asked for a feed it was not given`);
                    order({ kind: 'items', items: options.supply(m.n) });
                }
                catch (err) {
                    order({ kind: 'feed-failed', error: encodeError(err) });
                }
            }
            // The answer is given once the worker has ended: its heap is freed before the caller
            // goes on to report (else both heaps would be at their peak together).
            else if (m.kind === 'done')
                settle(() => void ended().then(() => resolve(m.value)));
            else if (m.kind === 'failed')
                settle(() => void ended().then(() => reject(decodeError(m.error))));
        });
        worker.on('error', (err) => settle(() => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the ${task} worker ran out of memory`
            : `the ${task} worker failed: ${typeof err?.message === 'string' ? err.message : String(err)}`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        worker.on('exit', (code) => settle(() => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateError */ .ue(`the ${task} worker ended (exit code ${code}) without an answer`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.'))));
        order({ kind: 'start', payload });
    });
}


/***/ }),

/***/ 4630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRegularTextFile),
/* harmony export */   tJ: () => (/* binding */ FileReadError)
/* harmony export */ });
/* unused harmony exports readRegularFileChunks, readRegularFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/**
 * The one way a gate reads a file it was handed: opened once without blocking, checked to be a
 * regular file on the open descriptor (a FIFO, device, socket or directory \u2014 or a symlink to
 * one \u2014 is refused), and read with the byte limit enforced while reading, never from `stat`
 * alone (`/dev/zero` and `/proc` files report size 0).
 */

class FileReadError extends Error {
    file;
    help;
    code;
    name = 'FileReadError';
    constructor(message, file, help, 
    /** The errno code of a failed open (`ENOENT` \u2026), or `not-regular` / `too-large`. */
    code) {
        super(message);
        this.file = file;
        this.help = help;
        this.code = code;
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function mib(n) {
    return n >= 1024 * 1024
        ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MiB`
        : `${n} bytes`;
}
const CHUNK_BYTES = 1 << 20;
let sharedBuffer;
let bufferInUse = false;
/**
 * Stream `file` through `onChunk` (each chunk is only valid during the call), with the same
 * checks as `readRegularFile`: for inputs too large to hold in memory (artifacts to hash).
 * Returns the number of bytes read.
 */
function readRegularFileChunks(file, limit, onChunk) {
    const what = limit.what ? `${limit.what} ` : '';
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        const reason = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EACCES' || code === 'EPERM'
                ? 'cannot be read (permission denied)'
                : code === 'ELOOP'
                    ? 'is a symlink loop'
                    : code === 'ENXIO'
                        ? 'is a socket or a device without a reader'
                        : `cannot be opened (${code ?? err.message})`;
        throw new FileReadError(`${what}${file} ${reason}`, file, 'Check the path; it is resolved against the workspace.', code);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile()) {
            throw new FileReadError(`${what}${file} is ${kindOf(st)}, not a regular file`, file, 'Pass the path of a regular file (symlinks to regular files are followed).', 'not-regular');
        }
        if (st.size > limit.maxBytes) {
            throw new FileReadError(`${what}${file} is ${mib(st.size)}; the limit is ${mib(limit.maxBytes)}`, file, 'This is larger than any valid document of its kind; check that the right file is named.', 'too-large');
        }
        let total = 0;
        // One read buffer for the process (reads are synchronous and each chunk lives only during
        // its callback), so hashing a tree of many files allocates nothing per file; a nested call
        // from inside a callback gets its own.
        const nested = bufferInUse;
        const chunk = nested
            ? Buffer.allocUnsafe(CHUNK_BYTES)
            : (sharedBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
        bufferInUse = true;
        try {
            for (;;) {
                let n;
                try {
                    n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(chunk.length, limit.maxBytes + 1 - total), null);
                }
                catch (err) {
                    throw new FileReadError(`${what}${file} could not be read (${err.code ?? err.message})`, file, 'Check that the file is readable.', err.code);
                }
                if (n === 0)
                    break;
                total += n;
                if (total > limit.maxBytes) {
                    throw new FileReadError(`${what}${file} grew past the limit of ${mib(limit.maxBytes)} while being read`, file, 'The file is larger than stat reported (a special or growing file); pass a regular file.', 'too-large');
                }
                onChunk(chunk.subarray(0, n));
            }
        }
        finally {
            if (!nested)
                bufferInUse = false;
        }
        return total;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Read `file` as bytes; throws FileReadError naming the file, the problem and the fix. */
function readRegularFile(file, limit) {
    const chunks = [];
    const total = readRegularFileChunks(file, limit, (c) => chunks.push(Buffer.from(c)));
    return Buffer.concat(chunks, total);
}
/** Read `file` as UTF-8 text (a leading BOM is dropped; invalid UTF-8 is refused). */
function readRegularTextFile(file, limit) {
    const bytes = readRegularFile(file, limit);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new FileReadError(`${limit.what ? `${limit.what} ` : ''}${file} is not UTF-8 text`, file, 'Pass a text document (UTF-8).');
    }
    return text.replace(/^\uFEFF/, '');
}


/***/ }),

/***/ 6893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gD: () => (/* binding */ summaryMarkdownParts),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony exports summaryMarkdown, SUMMARY_LIMIT_BYTES */
const ICON = { pass: '\u2705', fail: '\u274c', error: '\u26d4' };
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function location(f) {
    if (!f.file)
        return '';
    return `\`${f.file}${f.line ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}\``;
}
/** Markdown for GITHUB_STEP_SUMMARY; `details` is an optional gate-specific section. */
function summaryMarkdown(result, details) {
    return [...summaryMarkdownParts(result, details)].join('');
}
/** Finding rows per part of `summaryMarkdownParts`. */
const ROWS_PER_PART = 256;
/** GitHub refuses a step summary over 1 MiB (and then shows none of it). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Kept free for the gate's own section, the note on what was left out and the footer. */
const RESERVED_BYTES = 96 * 1024;
/**
 * `summaryMarkdown` in consecutive parts (their concatenation is the same text), made as they are
 * read: with thousands of findings the whole table need never be one string. The text stays under
 * `limit` bytes: finding rows past the budget are counted instead of shown (every finding is still
 * in the result file and SARIF), and a gate section too long for what is left is cut at a line.
 */
function* summaryMarkdownParts(result, details, limit = SUMMARY_LIMIT_BYTES) {
    const auditNote = result.mode === 'audit' && result.verdict !== 'pass' ? ' (audit mode: not blocking)' : '';
    let lines = [];
    let used = 0;
    const add = (line) => {
        lines.push(line);
        used += Buffer.byteLength(line, 'utf8') + 1;
    };
    add(`### ${ICON[result.verdict]} ${result.gate}: ${result.verdict}${auditNote}`);
    add('');
    add(escapeCell(result.summary));
    add('');
    const footer = `<sub>ci-intel ${result.gate} \u00b7 ${result.durationMs.toFixed(1)} ms \u00b7 mode ${result.mode}</sub>`;
    const rowBudget = Math.max(0, limit - RESERVED_BYTES);
    if (result.findings.length) {
        add('| severity | rule | where | finding | fix |');
        add('| --- | --- | --- | --- | --- |');
        let shown = 0;
        for (const f of result.findings) {
            const row = `| ${f.severity} | \`${f.rule}\` | ${location(f)} | ${escapeCell(f.message)} | ${escapeCell(f.help ?? '')} |`;
            if (used + Buffer.byteLength(row, 'utf8') + 1 > rowBudget)
                break;
            add(row);
            shown++;
            if (lines.length >= ROWS_PER_PART) {
                yield lines.join('\n') + '\n';
                lines = [];
            }
        }
        add('');
        const left = result.findings.length - shown;
        if (left > 0) {
            add(`${left} more of the ${result.findings.length} findings are not shown: GitHub shows no step summary over 1 MiB. All of them are in the result file (and the SARIF file when one is written).`);
            add('');
        }
    }
    if (details) {
        let text = details.trimEnd();
        const room = limit - used - Buffer.byteLength(footer, 'utf8') - 512;
        if (Buffer.byteLength(text, 'utf8') > room) {
            const cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
            const atLine = cut.lastIndexOf('\n');
            text = `${atLine > 0 ? cut.slice(0, atLine) : ''}\n\n\u2026 the rest of this section is not shown: GitHub shows no step summary over 1 MiB.`;
        }
        add(text);
        add('');
    }
    add(footer);
    add('');
    yield lines.join('\n');
}


/***/ }),

/***/ 6613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ parseStrictJson),
/* harmony export */   sT: () => (/* binding */ JsonDocumentError)
/* harmony export */ });
/* unused harmony exports parseStrictJsonBytes, parseJsonOrJsonLines */
/**
 * JSON as a verdict may depend on it: `JSON.parse` keeps the last of duplicate keys, so
 * `{"result":"fail","result":"pass"}` reads as a pass to one tool and a fail to another. Every
 * document a decision rests on (evidence, bundles, manifests, configs, reports) is parsed here,
 * and a duplicate key is refused with its name, JSON pointer and line. One linear pass.
 */
class JsonDocumentError extends Error {
    line;
    pointer;
    name = 'JsonDocumentError';
    constructor(message, line, pointer) {
        super(message);
        this.line = line;
        this.pointer = pointer;
    }
}
/** A JSON.parse message without the (possibly binary or secret) input it quotes. */
function cleanParseError(err) {
    const m = err.message ?? String(err);
    return m
        .replace(/, "[\s\S]*" is not valid JSON$/, '')
        .replace(/^Unexpected token '(.)', "[\s\S]*$/, "Unexpected token '$1'")
        .replace(/[^\x20-\x7e]/g, '?')
        .slice(0, 200);
}
function pointerToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Throws JsonDocumentError at the first duplicate key of a document JSON.parse accepted. */
function refuseDuplicateKeys(text, source) {
    const stack = [];
    let line = 1;
    const path = () => stack
        .slice(0, -1)
        .map((f) => '/' + pointerToken(f.at))
        .join('');
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) {
            line++;
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            stack.push({
                object: c === 0x7b,
                keys: c === 0x7b ? new Set() : undefined,
                expectKey: c === 0x7b,
                at: '0',
                index: 0
            });
        }
        else if (c === 0x7d || c === 0x5d) {
            stack.pop();
        }
        else if (c === 0x2c /* , */) {
            const top = stack[stack.length - 1];
            if (top) {
                if (top.object)
                    top.expectKey = true;
                else
                    top.at = String(++top.index);
            }
        }
        else if (c === 0x22 /* " */) {
            let j = i + 1;
            let escaped = false;
            for (; j < text.length; j++) {
                const d = text.charCodeAt(j);
                if (d === 0x5c) {
                    j++;
                    escaped = true;
                }
                else if (d === 0x22)
                    break;
            }
            const top = stack[stack.length - 1];
            if (top?.object && top.expectKey) {
                const raw = text.slice(i + 1, j);
                const key = escaped ? JSON.parse(text.slice(i, j + 1)) : raw;
                if (top.keys.has(key)) {
                    const where = `${path()}/${pointerToken(key)}`;
                    throw new JsonDocumentError(`${source}: duplicate key ${JSON.stringify(key).slice(0, 120)} at ${where} (line ${line}); a document with duplicate keys means different things to different readers and is refused`, line, where);
                }
                top.keys.add(key);
                top.at = key;
                top.expectKey = false;
            }
            i = j;
        }
    }
}
/** Parse JSON text, refusing duplicate keys. `source` names the document in every message. */
function parseStrictJson(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch (err) {
        throw new JsonDocumentError(`${source} is not valid JSON: ${cleanParseError(err)}`);
    }
    if (typeof doc === 'object' && doc !== null)
        refuseDuplicateKeys(body, source);
    return doc;
}
/** Parse UTF-8 bytes as strict JSON (invalid UTF-8 is refused, not replaced). */
function parseStrictJsonBytes(bytes, source) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new JsonDocumentError(`${source} is not UTF-8 text`);
    }
    return parseStrictJson(text, source);
}
/**
 * Text that is either one JSON document (possibly pretty-printed) or JSON Lines (bundles from
 * `gh attestation download`, trusted roots from `gh attestation trusted-root`), every record
 * parsed strictly. A document that is valid JSON but repeats a key is refused as it is \u2014 it is
 * never re-read as JSON Lines. Blank lines between records are skipped.
 */
function parseJsonOrJsonLines(text, source) {
    const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trim();
    if (body === '')
        throw new JsonDocumentError(`${source}: the file is empty`);
    try {
        return [{ value: parseStrictJson(body, source), of: 1 }];
    }
    catch (err) {
        if (err instanceof JsonDocumentError && err.pointer !== undefined)
            throw err;
    }
    const lines = body.split(/\r?\n/);
    const nonBlank = lines.filter((l) => l.trim() !== '').length;
    const out = [];
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        const where = `${source}:${i + 1}`;
        let value;
        try {
            value = parseStrictJson(line, where);
        }
        catch (err) {
            if (err instanceof JsonDocumentError && err.pointer !== undefined)
                throw err;
            throw new JsonDocumentError(`${where}: not JSON and not JSON Lines: ${err instanceof Error ? err.message.replace(`${where} is not valid JSON: `, '') : String(err)}`, i + 1);
        }
        out.push({ value, line: i + 1, of: nonBlank });
    });
    return out;
}


/***/ }),

/***/ 4560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ uniqueToken),
/* harmony export */   z: () => (/* binding */ randomId)
/* harmony export */ });
/**
 * Tokens that only have to be absent from a given text \u2014 a heredoc delimiter for a runner file
 * command, a placeholder cut out of a JSON document \u2014 without loading `node:crypto` (see
 * ./lazy-crypto.ts). Such a token needs no secrecy: what makes it safe is that the text it
 * delimits does not contain it, and `uniqueToken` checks exactly that, drawing again on the
 * (astronomically unlikely) chance that it does. The shape is a version-4 UUID, as before.
 */
function hex(n, digits) {
    return n.toString(16).padStart(digits, '0');
}
/** 122 random bits (Math.random) in the form of a version-4 UUID. */
function randomId() {
    const r = () => Math.floor(Math.random() * 0x10000);
    return (`${hex(r(), 4)}${hex(r(), 4)}-${hex(r(), 4)}-${hex(0x4000 | (r() & 0x0fff), 4)}-` +
        `${hex(0x8000 | (r() & 0x3fff), 4)}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`);
}
/** `prefix` + a random id that occurs in none of `texts`. */
function uniqueToken(prefix, ...texts) {
    for (;;) {
        const token = `${prefix}${randomId()}`;
        if (!texts.some((t) => t.includes(token)))
            return token;
    }
}


/***/ }),

/***/ 9370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  scanListed: () => (/* binding */ scanListed),
  sE: () => (/* binding */ workflowPolicy)
});

// UNUSED EXPORTS: DEFAULT_POLICY_FILE, evaluateWorkflowPolicy, scanWorkflows

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/inputs.js
var inputs = __nccwpck_require__(662);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./lib/core/lazy-findings.js
var lazy_findings = __nccwpck_require__(1596);
// EXTERNAL MODULE: ./lib/core/unique-token.js
var unique_token = __nccwpck_require__(4560);
;// CONCATENATED MODULE: ./lib/core/findings-spool.js
/**
 * Findings kept off the JavaScript heap while a long scan runs. V8 lets a heap grow to several
 * times what it holds live before it collects, so 100,000 findings held as objects until the
 * end (a scan of thousands of files) made the peak grow with the file count. Here the first
 * 8,192 findings are held as given; each one after is a row of integer columns (file, line,
 * column, rule, severity, an optional key for a help text decided at the end) and its message
 * and help as bytes in 1 MiB chunks. Past 4 chunks, full ones are written to a temporary file,
 * unlinked as soon as it is open, and read back when needed. The values that repeat and are
 * needed to sort (files, rules) are kept once each.
 *
 * What comes back (`findings()`, here or from the spool another thread `received`) is the
 * findings given, field for field, in the order asked for; a finding the columns cannot carry
 * exactly (another field, a fractional line) is kept as it is.
 */





/**
 * From this many findings on, `list()` gives a lazy list (src/core/lazy-findings.ts) read from
 * the spool as the reporters ask; below, the findings are made at once and the spool closed.
 */
const LAZY_MIN_FINDINGS = 20_000;
/** Spools kept open for a lazy list, closed when the list is collected or the process ends. */
const openForLists = new Set();
const closeWhenCollected = new FinalizationRegistry((close) => close());
let closesAtExit = false;
/**
 * The first findings are held as the objects given: a scan with fewer pays nothing for the
 * spool, and what they hold (about 4 MiB) does not grow with the scan.
 */
const DEFAULT_OBJECT_ROWS = 8192;
const CHUNK_BYTES = 1 << 20;
/** Chunks held in memory before full ones go to the spill file. */
const DEFAULT_RESIDENT_CHUNKS = 4;
/** A text longer than this (in bytes) is kept as a string instead. */
const MAX_TEXT_BYTES = CHUNK_BYTES / 4;
const SEVERITIES = ['error', 'warning', 'note'];
const KNOWN = new Set(['rule', 'severity', 'message', 'help', 'file', 'line', 'column']);
// Columns of a row.
const FILE = 0;
const LINE = 1;
const COLUMN = 2;
const RULE = 3;
const SEVERITY = 4;
/** A help key (>= 0), -1: the help is in the chunk, -2: no help, -3: the row is kept as it is. */
const HELP = 5;
const CHUNK = 6;
const OFFSET = 7;
/** Message bytes; ASCII_FLAG marks ASCII text, a byte a character (else UTF-16). */
const MESSAGE_BYTES = 8;
const HELP_BYTES = 9;
const WIDTH = 10;
const ASCII_FLAG = 0x40000000;
const KEPT = -3;
const NO_HELP = -2;
const HELP_IN_CHUNK = -1;
/** A new, empty spill file in `dir`, removed as soon as it is open where the system allows. */
function openSpillFile(dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, `ci-intel-findings-${(0,unique_token/* randomId */.z)()}.spool`);
    const fd = (0,external_node_fs_.openSync)(path, 'wx+', 0o600);
    try {
        (0,external_node_fs_.unlinkSync)(path);
        return { fd, path: undefined };
    }
    catch {
        return { fd, path };
    }
}
/** Close a spill file and remove it if it is still there. */
function closeSpillFile(file) {
    (0,external_node_fs_.closeSync)(file.fd);
    if (file.path) {
        try {
            (0,external_node_fs_.unlinkSync)(file.path);
        }
        catch {
            // Gone already.
        }
    }
}
/** ASCII text is stored a byte a character (read back as latin1); the rest as UTF-16. */
function isAscii(s) {
    return Buffer.byteLength(s, 'utf8') === s.length;
}
function byteLength(s, ascii) {
    return ascii ? s.length : s.length * 2;
}
class FindingsSpool {
    rows = new Int32Array(WIDTH * 1024);
    count = 0;
    files = [];
    fileIndex = new Map();
    rules = [];
    ruleIndex = new Map();
    helpKeys = [];
    helpKeyIndex = new Map();
    /** Rows kept as given (see KEPT), by row, with their help key. */
    kept = new Map();
    /** Chunk buffers in memory (undefined: spilled). */
    chunks = [];
    used = 0;
    resident = 0;
    fd;
    spillPath;
    /** The spill file, when the caller gave it (and closes it). */
    given;
    cache;
    lastMiss = -1;
    dir;
    residentChunks;
    objectRows;
    /** Chunks written to the spill file. */
    spilledChunks = 0;
    constructor(options = {}) {
        this.dir = options.dir ?? (0,external_node_os_.tmpdir)();
        this.residentChunks = Math.max(1, options.residentChunks ?? DEFAULT_RESIDENT_CHUNKS);
        this.objectRows = Math.max(0, options.objectRows ?? DEFAULT_OBJECT_ROWS);
        this.given = options.spillFile;
    }
    get size() {
        return this.count;
    }
    /**
     * Add `f`; `helpKey`, when given, names a help text the caller decides at the end (`helps`
     * of `findings()` / `table()`) and `f.help` is not stored. Returns the finding's row.
     */
    add(f, helpKey) {
        const row = this.count++;
        if (this.rows.length < this.count * WIDTH) {
            const grown = new Int32Array(this.rows.length * 2);
            grown.set(this.rows);
            this.rows = grown;
        }
        this.write(row, f, helpKey);
        return row;
    }
    /** Replace the finding of `row` (a fix changed its severity and message). */
    replace(row, f) {
        if (row < 0 || row >= this.count)
            throw new RangeError(`no finding ${row} in the spool`);
        const key = this.rows[row * WIDTH + HELP];
        const helpKey = key === KEPT ? this.kept.get(row).helpKey : key >= 0 ? this.helpKeys[key] : undefined;
        this.kept.delete(row);
        this.write(row, f, helpKey);
    }
    /** The finding of `row`, its help decided by `helps` where it has a help key. */
    get(row, helps) {
        const at = row * WIDTH;
        const r = this.rows;
        if (r[at + HELP] === KEPT) {
            const { f, helpKey } = this.kept.get(row);
            return helpKey === undefined ? f : { ...f, help: helps ? helps(helpKey) : helpKey };
        }
        const f = {
            rule: this.rules[r[at + RULE]],
            severity: SEVERITIES[r[at + SEVERITY]],
            message: ''
        };
        const m = r[at + MESSAGE_BYTES];
        const mLen = m & ~ASCII_FLAG;
        const h = r[at + HELP_BYTES];
        const hLen = h & ~ASCII_FLAG;
        const place = this.bytes(r[at + CHUNK], r[at + OFFSET], mLen + hLen);
        const buf = place.buf;
        let offset = place.offset;
        f.message = buf.toString(m & ASCII_FLAG ? 'latin1' : 'utf16le', offset, offset + mLen);
        offset += mLen;
        const help = r[at + HELP];
        if (help === HELP_IN_CHUNK) {
            f.help = buf.toString(h & ASCII_FLAG ? 'latin1' : 'utf16le', offset, offset + hLen);
        }
        else if (help >= 0) {
            const key = this.helpKeys[help];
            f.help = helps ? helps(key) : key;
        }
        if (r[at + FILE] !== -1)
            f.file = this.files[r[at + FILE]];
        if (r[at + LINE] !== -1)
            f.line = r[at + LINE];
        if (r[at + COLUMN] !== -1)
            f.column = r[at + COLUMN];
        return f;
    }
    /**
     * Counts by severity and, for findings that are not notes, by rule (the rules in the order
     * they first occur in `order`, default: as added).
     */
    counts(order) {
        const out = { bySeverity: { error: 0, warning: 0, note: 0 }, byRule: new Map() };
        const n = order ? order.length : this.count;
        for (let i = 0; i < n; i++) {
            const row = order ? order[i] : i;
            const at = row * WIDTH;
            let rule;
            let severity;
            if (this.rows[at + HELP] === KEPT) {
                const { f } = this.kept.get(row);
                rule = f.rule;
                severity = f.severity;
            }
            else {
                rule = this.rules[this.rows[at + RULE]];
                severity = SEVERITIES[this.rows[at + SEVERITY]];
            }
            out.bySeverity[severity] = (out.bySeverity[severity] ?? 0) + 1;
            if (severity !== 'note')
                out.byRule.set(rule, (out.byRule.get(rule) ?? 0) + 1);
        }
        return out;
    }
    /**
     * Rows in the order of file, line, column, rule, message (files, rules and messages by
     * `localeCompare`, absent file as '', absent line or column as 0), ties in the order added.
     */
    sortedRows() {
        const n = this.count;
        const keptFiles = [];
        const keptRules = [];
        for (const { f } of this.kept.values()) {
            keptFiles.push(f.file ?? '');
            keptRules.push(f.rule);
        }
        const fileRank = rankMap([...this.files, '', ...keptFiles]);
        const ruleRank = rankMap([...this.rules, ...keptRules]);
        const files = this.files.map((f) => fileRank.get(f));
        const rules = this.rules.map((r) => ruleRank.get(r));
        const noFile = fileRank.get('');
        // Sort keys as columns: file rank, line, column, rule rank.
        // (Float64: a kept finding may have a fractional or negative line.)
        const keys = new Float64Array(n * 4);
        for (let row = 0; row < n; row++) {
            const at = row * WIDTH;
            const k = row * 4;
            const kept = this.kept.get(row);
            if (kept) {
                keys[k] = fileRank.get(kept.f.file ?? '');
                keys[k + 1] = kept.f.line ?? 0;
                keys[k + 2] = kept.f.column ?? 0;
                keys[k + 3] = ruleRank.get(kept.f.rule);
                continue;
            }
            const file = this.rows[at + FILE];
            keys[k] = file === -1 ? noFile : files[file];
            keys[k + 1] = Math.max(0, this.rows[at + LINE]);
            keys[k + 2] = Math.max(0, this.rows[at + COLUMN]);
            keys[k + 3] = rules[this.rows[at + RULE]];
        }
        const order = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        const sameKeys = (a, b) => {
            const ka = a * 4;
            const kb = b * 4;
            return (keys[ka] - keys[kb] ||
                keys[ka + 1] - keys[kb + 1] ||
                keys[ka + 2] - keys[kb + 2] ||
                keys[ka + 3] - keys[kb + 3]);
        };
        order.sort((a, b) => sameKeys(a, b) || a - b);
        // Findings at the same place under the same rule: by message, read once per run of them.
        for (let start = 0; start < n;) {
            let end = start + 1;
            while (end < n && !sameKeys(order[start], order[end]))
                end++;
            if (end - start > 1) {
                const run = Array.from(order.subarray(start, end), (row) => ({
                    row,
                    message: this.get(row).message
                }));
                run.sort((a, b) => a.message.localeCompare(b.message) || a.row - b.row);
                run.forEach((x, i) => (order[start + i] = x.row));
            }
            start = end;
        }
        return order;
    }
    /**
     * Every finding in `order`, as `findings()` gives them, for the caller to report. From
     * LAZY_MIN_FINDINGS on, a lazy list that reads each one from the spool when asked: the spool
     * stays open until the list is collected or the process ends. Below, the findings are made now
     * and the spool is closed. `release` runs once the spool is closed (the caller's spill file).
     */
    list(order, helps, release) {
        let closed = false;
        const close = () => {
            if (closed)
                return;
            closed = true;
            openForLists.delete(close);
            try {
                this.close();
            }
            finally {
                release?.();
            }
        };
        if (order.length < LAZY_MIN_FINDINGS) {
            try {
                return this.findings(order, helps);
            }
            finally {
                close();
            }
        }
        const list = (0,lazy_findings/* lazyFindings */.tY)({ length: order.length, at: (i) => this.get(order[i], helps) });
        openForLists.add(close);
        closeWhenCollected.register(list, close);
        if (!closesAtExit) {
            closesAtExit = true;
            process.once('exit', () => {
                for (const c of [...openForLists])
                    c();
            });
        }
        return list;
    }
    /** Every finding, in `order` (default: as added). */
    findings(order, helps) {
        const n = order ? order.length : this.count;
        const out = new Array(n);
        const shared = new Map();
        for (let i = 0; i < n; i++) {
            const row = order ? order[i] : i;
            const f = this.get(row, helps);
            // A help repeats across findings: one copy of each.
            if (f.help !== undefined && !this.kept.has(row)) {
                const own = shared.get(f.help);
                if (own === undefined)
                    shared.set(f.help, f.help);
                else
                    f.help = own;
            }
            out[i] = f;
        }
        return out;
    }
    /**
     * Everything the spool holds, for another thread of this process to read (`received`): the
     * rows, the order and the chunks in memory are moved (their buffers go in `transfer`, for
     * `postMessage`), the spilled chunks stay in the spill file the caller gave (`spillFile`:
     * threads share the process's descriptors, and the receiver reads the same one), and each help
     * key is decided here by `helps`. No finding is made as an object or a string on this side,
     * and this spool is left empty.
     */
    handOff(order, helps) {
        if (this.fd !== undefined && this.fd !== this.given?.fd) {
            // Its own file would be closed with this thread (a worker's descriptors are).
            throw new Error('a findings spool that spilled into a file of its own cannot be handed off');
        }
        const rows = this.rows.length === this.count * WIDTH ? this.rows : this.rows.slice(0, this.count * WIDTH);
        const chunks = [];
        const transfer = [rows.buffer];
        for (const buf of this.chunks) {
            if (!buf) {
                chunks.push(null);
                continue;
            }
            // A chunk is its own 1 MiB allocation (never the shared pool): moved as it is.
            const own = buf.byteOffset === 0 && buf.buffer.byteLength === buf.length
                ? buf.buffer
                : Uint8Array.prototype.slice.call(buf).buffer;
            chunks.push(own);
            transfer.push(own);
        }
        if (order.byteOffset === 0 && order.buffer.byteLength === order.byteLength)
            transfer.push(order.buffer);
        const handoff = {
            count: this.count,
            rows,
            order,
            files: this.files,
            rules: this.rules,
            helps: this.helpKeys.map((k) => (helps ? helps(k) : k)),
            kept: [...this.kept].map(([row, { f, helpKey }]) => [
                row,
                helpKey === undefined ? f : { ...f, help: helps ? helps(helpKey) : helpKey }
            ]),
            chunks,
            spilled: this.fd !== undefined
        };
        this.close();
        this.rows = new Int32Array(WIDTH);
        this.count = 0;
        this.kept.clear();
        return { handoff, transfer };
    }
    /**
     * The spool another thread handed off (`handOff`), read here; `spillFile` is the file that
     * thread's spool was given (still this caller's to close).
     */
    static received(h, spillFile) {
        if (h.rows.length !== h.count * WIDTH || h.order.length > h.count) {
            throw new Error('the findings handed over do not match their count');
        }
        if (h.spilled && !spillFile) {
            throw new Error('the findings handed over were spilled, and no spill file was given');
        }
        const spool = new FindingsSpool({ spillFile });
        spool.rows = h.rows;
        spool.count = h.count;
        for (const f of h.files)
            spool.intern(f, spool.files, spool.fileIndex);
        for (const r of h.rules)
            spool.intern(r, spool.rules, spool.ruleIndex);
        // The help keys were decided by the sender: each is its text now.
        spool.helpKeys.push(...h.helps);
        for (const [row, f] of h.kept)
            spool.kept.set(row, { f });
        for (const c of h.chunks)
            spool.chunks.push(c ? Buffer.from(c) : undefined);
        spool.resident = h.chunks.filter(Boolean).length;
        spool.used = CHUNK_BYTES;
        if (h.spilled)
            spool.fd = spillFile.fd;
        return spool;
    }
    /** Close and remove the spill file. The spool cannot be read afterwards. */
    close() {
        if (this.fd !== undefined) {
            if (this.fd !== this.given?.fd)
                (0,external_node_fs_.closeSync)(this.fd);
            this.fd = undefined;
        }
        if (this.spillPath) {
            try {
                (0,external_node_fs_.unlinkSync)(this.spillPath);
            }
            catch {
                // Unlinked when it was opened.
            }
            this.spillPath = undefined;
        }
        this.chunks.length = 0;
        this.cache = undefined;
    }
    write(row, f, helpKey) {
        const at = row * WIDTH;
        const r = this.rows;
        if (row < this.objectRows || !this.fits(f, helpKey)) {
            r[at + HELP] = KEPT;
            this.kept.set(row, { f, helpKey });
            return;
        }
        const mAscii = isAscii(f.message);
        const mBytes = byteLength(f.message, mAscii);
        let hAscii = true;
        let hBytes = 0;
        if (helpKey !== undefined)
            r[at + HELP] = this.intern(helpKey, this.helpKeys, this.helpKeyIndex);
        else if (f.help === undefined)
            r[at + HELP] = NO_HELP;
        else {
            r[at + HELP] = HELP_IN_CHUNK;
            hAscii = isAscii(f.help);
            hBytes = byteLength(f.help, hAscii);
        }
        const { chunk, offset } = this.reserve(mBytes + hBytes);
        const buf = this.chunks[chunk];
        buf.write(f.message, offset, mBytes, mAscii ? 'latin1' : 'utf16le');
        if (hBytes)
            buf.write(f.help, offset + mBytes, hBytes, hAscii ? 'latin1' : 'utf16le');
        r[at + FILE] = f.file === undefined ? -1 : this.intern(f.file, this.files, this.fileIndex);
        r[at + LINE] = f.line ?? -1;
        r[at + COLUMN] = f.column ?? -1;
        r[at + RULE] = this.intern(f.rule, this.rules, this.ruleIndex);
        r[at + SEVERITY] = SEVERITIES.indexOf(f.severity);
        r[at + CHUNK] = chunk;
        r[at + OFFSET] = offset;
        r[at + MESSAGE_BYTES] = mBytes | (mAscii ? ASCII_FLAG : 0);
        r[at + HELP_BYTES] = hBytes | (hAscii ? ASCII_FLAG : 0);
    }
    /** Whether the columns carry `f` exactly. */
    fits(f, helpKey) {
        for (const k in f)
            if (!KNOWN.has(k))
                return false;
        const count = (n) => n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 2 ** 31);
        const text = (s, optional) => (optional && s === undefined) || (typeof s === 'string' && s.length * 2 <= MAX_TEXT_BYTES);
        return (count(f.line) &&
            count(f.column) &&
            SEVERITIES.includes(f.severity) &&
            typeof f.rule === 'string' &&
            text(f.message, false) &&
            (helpKey !== undefined || text(f.help, true)) &&
            (f.file === undefined || typeof f.file === 'string'));
    }
    intern(s, list, index) {
        let i = index.get(s);
        if (i === undefined)
            index.set(s, (i = list.push(s) - 1));
        return i;
    }
    reserve(bytes) {
        if (this.chunks.length === 0 || this.used + bytes > CHUNK_BYTES) {
            // Past the budget the oldest chunk is written out and its memory is the new chunk.
            const buf = this.resident >= this.residentChunks ? this.spillOldest() : Buffer.allocUnsafe(CHUNK_BYTES);
            this.resident++;
            this.chunks.push(buf);
            this.used = 0;
        }
        const offset = this.used;
        this.used += bytes;
        return { chunk: this.chunks.length - 1, offset };
    }
    /** Write the oldest chunk still in memory (a full one) to the spill file; give its buffer. */
    spillOldest() {
        const c = this.chunks.findIndex((b) => b !== undefined);
        const buf = this.chunks[c];
        if (this.fd === undefined) {
            if (this.given)
                this.fd = this.given.fd;
            else
                ({ fd: this.fd, path: this.spillPath } = openSpillFile(this.dir));
        }
        for (let off = 0; off < CHUNK_BYTES;)
            off += (0,external_node_fs_.writeSync)(this.fd, buf, off, CHUNK_BYTES - off, c * CHUNK_BYTES + off);
        this.chunks[c] = undefined;
        this.resident--;
        this.spilledChunks++;
        return buf;
    }
    /**
     * Where `length` bytes at `offset` of chunk `c` can be read. A spilled chunk is read whole once
     * two reads in a row fall into it (findings read in about the order they were added); a read
     * that jumps takes only its own bytes.
     */
    bytes(c, offset, length) {
        const inMemory = this.chunks[c];
        if (inMemory)
            return { buf: inMemory, offset };
        if (this.cache?.chunk === c)
            return { buf: this.cache.buf, offset };
        if (this.fd === undefined)
            throw new Error('the findings spool is closed');
        if (this.lastMiss === c) {
            const buf = this.cache?.buf ?? Buffer.allocUnsafe(CHUNK_BYTES);
            this.readAt(buf, CHUNK_BYTES, c * CHUNK_BYTES);
            this.cache = { chunk: c, buf };
            return { buf, offset };
        }
        this.lastMiss = c;
        const buf = Buffer.allocUnsafe(length);
        this.readAt(buf, length, c * CHUNK_BYTES + offset);
        return { buf, offset: 0 };
    }
    readAt(buf, length, position) {
        for (let off = 0; off < length;) {
            const n = (0,external_node_fs_.readSync)(this.fd, buf, off, length - off, position + off);
            if (n === 0)
                throw new Error('the findings spool file ends before its last chunk');
            off += n;
        }
    }
}
/**
 * Each string's rank under `localeCompare` (strings it holds equal share a rank). The first
 * `localeCompare` of a process loads ICU's collation data (about 8 ms, an eighth of a small
 * gate's run), so a list that needs no comparison makes none: one distinct string, or the empty
 * string and one other holding an ASCII letter or digit (never ignorable, so the empty string
 * sorts first: the usual run of one workflow file, whose findings without a file rank first).
 */
function rankMap(list) {
    const set = new Set(list);
    if (set.size === 2 && set.has('')) {
        const other = [...set].find((s) => s !== '');
        if (/[A-Za-z0-9]/.test(other))
            return new Map([
                ['', 0],
                [other, 1]
            ]);
    }
    const distinct = [...set].sort((a, b) => a.localeCompare(b));
    const out = new Map();
    let rank = 0;
    distinct.forEach((s, i) => {
        if (i > 0 && distinct[i - 1].localeCompare(s) !== 0)
            rank++;
        out.set(s, rank);
    });
    return out;
}

// EXTERNAL MODULE: ./lib/core/read-file.js
var read_file = __nccwpck_require__(4630);
// EXTERNAL MODULE: ./lib/workflows/glob.js
var glob = __nccwpck_require__(9858);
;// CONCATENATED MODULE: ./lib/workflows/files.js
/**
 * Finding and reading the workflow files a gate inspects. Every input form (file, folder, glob)
 * lists the same candidates, symlinks included: GitHub reads workflows from the git tree and does
 * not follow a symlink, so a symlinked workflow (or one under a symlinked folder) is reported by
 * the loader, never skipped and never read through the link.
 */





const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_WALK = 50_000;
function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
/**
 * `dir` joined with an entry name that `readdir` gave (never empty, `.`, `..` or holding a
 * separator), for a `dir` already in normal form (from `resolve`): the same string as
 * `path.join(dir, name)` without normalising it again. The paths of 66,752 listed files took
 * 116 ms and 43 MiB more resident memory with `path.join` than concatenated (57 ms).
 */
function childPath(dir, name) {
    return dir.endsWith(external_node_path_.sep) ? dir + name : dir + external_node_path_.sep + name;
}
/**
 * A folder whose size (`stat`) is at least this is read a few entries at a time (`opendir`);
 * a smaller one in one call (`readdir`). The size is a hint, never a decision about what is
 * listed: on ext4 this is some 6,000 entries, on tmpfs some 13,000.
 */
const LARGE_FOLDER_BYTES = 256 * 1024;
/**
 * Each entry of the folder `dir`. A large one (`sizeHint`, its `stat` size) is read a few entries
 * at a time, never as one array of Dirent objects: 66,752 entries read at once grew the process
 * by 15 MiB of Dirents outliving the young generation, and the whole listing by 9 MiB more than
 * reading them 64 at a time. A small one is read in one call: `opendir` loads a module of its
 * own, about 0.8 ms of a cold start.
 */
function forEachEntry(dir, visit, sizeHint = 0) {
    const cannot = (err) => new core_errors/* GateError */.ue(`cannot list the folder ${dir} (${err.code ?? err.message})`, 'Check that the folder exists and is readable; a folder the gate cannot read is never passed.');
    if (sizeHint < LARGE_FOLDER_BYTES) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (err) {
            throw cannot(err);
        }
        for (const e of entries)
            visit(e);
        return;
    }
    let handle;
    try {
        handle = (0,external_node_fs_.opendirSync)(dir, { bufferSize: 64 });
    }
    catch (err) {
        throw cannot(err);
    }
    try {
        for (;;) {
            let e;
            try {
                e = handle.readSync();
            }
            catch (err) {
                throw cannot(err);
            }
            if (e === null)
                return;
            visit(e);
        }
    }
    finally {
        handle.closeSync();
    }
}
function walk(dir, w) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        real = dir;
    }
    if (w.seen.has(real))
        return;
    w.seen.add(real);
    forEachEntry(dir, (e) => {
        if (--w.left < 0) {
            throw new core_errors/* GateError */.ue(`more than ${MAX_WALK} files under the glob's folder; narrow the pattern`, 'Name the workflow folder (e.g. .github/workflows/*.yml) rather than a glob over the repository.');
        }
        const full = childPath(dir, e.name);
        const posix = toPosix(full);
        let isDir = e.isDirectory();
        if (e.isSymbolicLink()) {
            try {
                isDir = (0,external_node_fs_.statSync)(full).isDirectory();
            }
            catch {
                isDir = false; // a dangling link: a candidate like any other file (the loader reports it)
            }
        }
        if (isDir) {
            if (!SKIP_DIRS.has(e.name) && (0,glob/* globMatch */.eu)(posix, w.pattern, { dot: true, partial: true })) {
                walk(full, w);
            }
        }
        else if ((0,glob/* globMatch */.eu)(posix, w.pattern, { dot: true }))
            w.out.push(full);
    });
}
/**
 * Expand files, folders and globs (relative to `root`) into a sorted list of absolute paths.
 * A folder stands for its `*.yml` and `*.yaml` entries (whatever their type: the loader refuses
 * what it cannot read). Patterns that match nothing are returned in `unmatched`.
 */
function expandFiles(root, patterns, folderExtensions = ['.yml', '.yaml']) {
    const files = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const before = files.size;
        const abs = (0,external_node_path_.resolve)(root, pattern); // normal form, absolute pattern or not (see childPath)
        if (!GLOB_CHARS.test(pattern)) {
            let isDir;
            let size = 0;
            try {
                const st = (0,external_node_fs_.statSync)(abs);
                isDir = st.isDirectory();
                size = st.size;
            }
            catch {
                try {
                    (0,external_node_fs_.lstatSync)(abs); // a dangling symlink still names a candidate
                    isDir = false;
                }
                catch {
                    unmatched.push(pattern);
                    continue;
                }
            }
            if (isDir) {
                forEachEntry(abs, (e) => {
                    if (!folderExtensions.some((x) => e.name.endsWith(x)))
                        return;
                    let dir = e.isDirectory();
                    if (e.isSymbolicLink()) {
                        try {
                            dir = (0,external_node_fs_.statSync)(childPath(abs, e.name)).isDirectory();
                        }
                        catch {
                            dir = false;
                        }
                    }
                    if (!dir)
                        files.add(childPath(abs, e.name));
                }, size);
            }
            else
                files.add(abs);
        }
        else {
            const posix = toPosix(abs);
            const parts = posix.split('/');
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join('/') || '/';
            let baseIsDir;
            try {
                baseIsDir = (0,external_node_fs_.statSync)(base).isDirectory();
            }
            catch {
                baseIsDir = false;
            }
            if (baseIsDir) {
                const found = [];
                walk(base, { pattern: posix, out: found, left: MAX_WALK, seen: new Set() });
                for (const f of found)
                    files.add(f);
            }
        }
        if (files.size === before)
            unmatched.push(pattern);
    }
    return { files: [...files].sort(), unmatched };
}
/**
 * Load what `expandFiles(root, patterns)` needs beyond ./glob.ts's own matcher: minimatch, for a
 * glob outside the simple form (none of the usual `.github/workflows/*.yml` kind). Gates call it
 * before expanding their inputs, so a run whose globs are simple never loads minimatch.
 */
async function loadGlobsFor(root, patterns) {
    await (0,glob/* loadGlobMatcherFor */.cY)(patterns
        .filter((p) => GLOB_CHARS.test(p))
        .map((p) => toPosix((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(root, p))));
}
/** Path of `file` relative to `root`, in posix form (as findings and SARIF show it). */
function displayPath(root, file) {
    const rel = (0,external_node_path_.relative)(root, file);
    return toPosix(rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? file : rel);
}
/**
 * The first symlink on the way from `root` to `file` (the file itself included), as a path
 * relative to `root`; undefined when every component is a real folder or file. For a file outside
 * `root`, only the file itself is looked at.
 */
function symlinkOnPath(root, file) {
    const rel = (0,external_node_path_.relative)(root, file);
    const inside = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
    const parts = inside ? rel.split(external_node_path_.sep) : [];
    const candidates = inside ? parts.map((_, i) => (0,external_node_path_.join)(root, ...parts.slice(0, i + 1))) : [file];
    for (const c of candidates) {
        try {
            if ((0,external_node_fs_.lstatSync)(c).isSymbolicLink())
                return displayPath(root, c);
        }
        catch {
            return undefined; // missing: the reader says so
        }
    }
    return undefined;
}
/**
 * Read a file a verdict depends on (a workflow, an allowlist, CODEOWNERS, a policy) through the
 * one bounded regular-file reader; the message names the file relative to `root`.
 */
function readWorkspaceText(root, file, maxBytes, what) {
    try {
        return (0,read_file/* readRegularTextFile */.I)(file, { maxBytes, what });
    }
    catch (err) {
        if (err instanceof read_file/* FileReadError */.tJ) {
            throw new core_errors/* GateError */.ue(err.message.split(file).join(displayPath(root, file)), err.help, displayPath(root, file));
        }
        throw err;
    }
}
/**
 * The workflow files named by a gate's `workflows` input. A glob that matches nothing is fine when
 * another pattern matches (a repository may have no `.yaml` files); a file or folder named
 * outright that does not exist, a workspace that does not exist, and nothing matched at all are
 * errors naming the patterns and the workspace: nothing to check is never a pass.
 */
function expandWorkflowInput(root, patterns, input = 'workflows') {
    const checkout = 'In a workflow, run actions/checkout before this step (uses: actions/checkout); locally, pass --workspace <the repository checkout>.';
    let st;
    try {
        st = (0,external_node_fs_.statSync)(root);
    }
    catch {
        throw new core_errors/* GateError */.ue(`the workspace ${root} does not exist`, checkout);
    }
    if (!st.isDirectory())
        throw new core_errors/* GateError */.ue(`the workspace ${root} is not a folder`, checkout);
    const { files, unmatched } = expandFiles(root, patterns);
    const explicitMissing = unmatched.filter((p) => !GLOB_CHARS.test(p));
    if (explicitMissing.length) {
        throw new core_errors/* GateError */.ue(`input '${input}': ${explicitMissing.join(', ')} not found in the workspace ${root}`, 'Give workflow files, folders or globs relative to the repository root.');
    }
    if (files.length === 0) {
        throw new core_errors/* GateError */.ue(`input '${input}': no workflow file matched ${patterns.length ? patterns.join(', ') : '(no patterns given)'} in the workspace ${root}: nothing to check`, `${checkout} If the repository really has no workflows, do not run this gate on it.`);
    }
    return files;
}

// EXTERNAL MODULE: ./lib/workflows/detach.js
var detach = __nccwpck_require__(1271);
// EXTERNAL MODULE: ./lib/core/strict-json.js
var strict_json = __nccwpck_require__(6613);
;// CONCATENATED MODULE: ./lib/workflows/events.js
/**
 * The events GitHub accepts under `on:` (names are case-sensitive: `PULL_REQUEST_TARGET` is
 * rejected). A test keeps this list equal to the one in @actions/workflow-parser's schema.
 */
const GITHUB_EVENTS = new Set([
    'branch_protection_rule',
    'check_run',
    'check_suite',
    'create',
    'delete',
    'deployment',
    'deployment_status',
    'discussion',
    'discussion_comment',
    'fork',
    'gollum',
    'image_version',
    'issue_comment',
    'issues',
    'label',
    'merge_group',
    'milestone',
    'page_build',
    'project',
    'project_card',
    'project_column',
    'public',
    'pull_request',
    'pull_request_comment',
    'pull_request_review',
    'pull_request_review_comment',
    'pull_request_target',
    'push',
    'registry_package',
    'release',
    'repository_dispatch',
    'schedule',
    'status',
    'watch',
    'workflow_call',
    'workflow_dispatch',
    'workflow_run'
]);
/** Why GitHub rejects an event name, or undefined when it is one. */
const OWN_NAMES = new Map([...GITHUB_EVENTS].map((e) => [e, e]));
/**
 * A known event's name as this module's own string: a name read from a workflow is a slice of
 * the file's text (src/workflows/detach.ts), and every gate keeps the names it reports. One
 * string per event, where detaching would copy the name for each file.
 */
function eventName(name) {
    return OWN_NAMES.get(name) ?? name;
}
function unknownEvent(name) {
    if (GITHUB_EVENTS.has(name))
        return undefined;
    const lower = name.toLowerCase();
    const hint = GITHUB_EVENTS.has(lower) ? ` (event names are lower-case: '${lower}')` : '';
    return `'${name.slice(0, 60)}' is not an event GitHub knows; GitHub rejects the workflow${hint}`;
}

// EXTERNAL MODULE: ./lib/workflows/yaml-nodes.js
var yaml_nodes = __nccwpck_require__(1275);
;// CONCATENATED MODULE: ./lib/workflows/yaml-fast-nodes.js

/** `proto`, made a prototype whose nodes have `type` (and `schema`) as the library defines them. */
function nodePrototype(proto, parent, type, schema) {
    Object.setPrototypeOf(proto, parent);
    Object.defineProperty(proto, yaml_nodes/* NODE_TYPE */.Qu, { value: type });
    if (schema !== undefined) {
        Object.defineProperty(proto, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
}
class FastScalar {
    value;
    range;
    source;
    type;
    constructor(value, range, source, type) {
        this.value = value;
        this.range = range;
        this.source = source;
        this.type = type;
    }
}
class FastPair {
    key;
    value;
    constructor(key, value) {
        this.key = key;
        this.value = value;
    }
}
class FastCollection {
    items = [];
}
class FastMap extends FastCollection {
}
class FastSeq extends FastCollection {
}
let made = false;
/** The node makers for documents of `schema` (the reader's one schema: asked once). */
function fastNodes(schema) {
    if (made)
        throw new Error("the fast reader's node prototypes are made once");
    made = true;
    nodePrototype(FastScalar.prototype, yaml_nodes/* Scalar */.X5.prototype, yaml_nodes/* SCALAR */.jf);
    nodePrototype(FastPair.prototype, yaml_nodes/* Pair */.Rm.prototype, yaml_nodes/* PAIR */.Bu);
    nodePrototype(FastMap.prototype, yaml_nodes/* YAMLMap */.CA.prototype, yaml_nodes/* MAP */.lC, schema);
    nodePrototype(FastSeq.prototype, yaml_nodes/* YAMLSeq */.Rw.prototype, yaml_nodes/* SEQ */.kN, schema);
    return {
        scalar: (value, range, source, type) => new FastScalar(value, range, source, type),
        map: () => new FastMap(),
        seq: () => new FastSeq(),
        pair: (key, value) => new FastPair(key, value)
    };
}

;// CONCATENATED MODULE: ./lib/workflows/yaml-fast.js


/** Why the fast reader gave up on a text (for the differential tests and the bench). */
class FastGiveUp extends Error {
    construct;
    constructor(construct) {
        super(construct);
        this.construct = construct;
    }
}
const DOC_OPTIONS = {
    version: '1.2',
    schema: 'core',
    uniqueKeys: false,
    merge: false,
    prettyErrors: true,
    strict: true
};
const probe = new yaml_nodes/* Document */.yo(undefined, DOC_OPTIONS);
const SCHEMA = probe.schema;
/** The core schema's implicit scalar tags, in the library's own order of trial. */
const IMPLICIT_TAGS = SCHEMA.tags.filter((t) => t.default === true && t.test !== undefined);
const TAG_OPTIONS = probe.options;
const nodes = fastNodes(SCHEMA);
/** What the reader refuses anywhere in a text: tabs, CR, BOM, control and line-separator characters. */
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;
const giveUp = (construct) => {
    throw new FastGiveUp(construct);
};
const onTagError = (msg) => giveUp(`tag resolution error: ${msg}`);
/** Characters that could start an implicitly typed (non-string) plain scalar in the core schema. */
function mayBeTyped(c) {
    // digits, + - . ~ and the first letters of true/false/null (either case), or empty
    return ((c >= 48 && c <= 57) ||
        c === 43 ||
        c === 45 ||
        c === 46 ||
        c === 126 ||
        c === 116 ||
        c === 84 ||
        c === 102 ||
        c === 70 ||
        c === 110 ||
        c === 78);
}
function plainScalar(value, range) {
    const c = value.charCodeAt(0);
    // A letter can only start true/false/null in their spellings (5 characters at most).
    if (value === '' || (mayBeTyped(c) && (c < 65 || value.length <= 5))) {
        for (const tag of IMPLICIT_TAGS) {
            if (tag.test.test(value)) {
                const res = tag.resolve(value, onTagError, TAG_OPTIONS);
                const node = res instanceof yaml_nodes/* Scalar */.X5 ? res : nodes.scalar(res, range, value, yaml_nodes/* Scalar */.X5.PLAIN);
                if (node === res) {
                    node.range = range;
                    node.source = value;
                    node.type = yaml_nodes/* Scalar */.X5.PLAIN;
                }
                if (tag.format)
                    node.format = tag.format;
                return node;
            }
        }
    }
    return nodes.scalar(value, range, value, yaml_nodes/* Scalar */.X5.PLAIN);
}
function stringScalar(value, range, type) {
    return nodes.scalar(value, range, value, type);
}
const DQ_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\'
};
const HEX = /^[0-9a-fA-F]+$/;
/**
 * The value of a block scalar from its body text (the lines after the header), content
 * indentation `indent`, style and chomping, as YAML 1.2 defines it (the library's reading).
 */
function blockValue(src, indent, folded, chomp) {
    const raw = src.split('\n');
    const sp = [];
    const content = [];
    for (const l of raw) {
        let k = 0;
        while (l.charCodeAt(k) === 32)
            k++;
        sp.push(k);
        content.push(l.slice(k));
    }
    let chompStart = raw.length;
    while (chompStart > 0 && content[chompStart - 1] === '')
        chompStart--;
    if (chompStart === 0)
        giveUp('block scalar without content');
    let contentStart = 0;
    while (content[contentStart] === '') {
        if (sp[contentStart] > indent)
            giveUp('more-indented leading blank line in a block scalar');
        contentStart++;
    }
    for (let k = raw.length - 1; k >= chompStart; k--) {
        if (sp[k] > indent) {
            chompStart = k + 1;
            break;
        }
    }
    let value = '\n'.repeat(contentStart);
    let sep = '';
    let prevMore = false;
    for (let k = contentStart; k < chompStart; k++) {
        const extra = sp[k] > indent ? ' '.repeat(sp[k] - indent) : '';
        const c = content[k];
        if (!folded) {
            value += sep + extra + c;
            sep = '\n';
        }
        else if (sp[k] > indent) {
            if (sep === ' ')
                sep = '\n';
            else if (!prevMore && sep === '\n')
                sep = '\n\n';
            value += sep + extra + c;
            sep = '\n';
            prevMore = true;
        }
        else if (c === '') {
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + c;
            sep = ' ';
            prevMore = false;
        }
    }
    if (chomp === '+') {
        for (let k = chompStart; k < raw.length; k++)
            value += '\n' + (sp[k] > indent ? ' '.repeat(sp[k] - indent) : '');
        if (!value.endsWith('\n'))
            value += '\n';
    }
    else if (chomp === '')
        value += '\n';
    return value;
}
const NO_TRIVIA = [];
class FastReader {
    text;
    len;
    /** Offset of the start of the current line. */
    pos = 0;
    /** Where the last value started (tells where a give-up happened). */
    at = 0;
    /**
     * After a node is read: the trivia that followed it and is not yet placed (the library hands
     * it outwards to enclosing collections), and where the next content line's text starts (past
     * its indentation; the text's length at the end) and its column.
     */
    trivia = NO_TRIVIA;
    /** Whether comments came before the current sequence item's `-` (see value()). */
    commentBefore = false;
    nextAt = 0;
    nextCol = 0;
    /** Anchors whose node is complete (an alias may refer to them). */
    anchors = new Set();
    constructor(text) {
        this.text = text;
        this.len = text.length;
    }
    read() {
        const t = this.text;
        const bad = BAD_CHAR.exec(t);
        if (bad) {
            const c = bad[0];
            giveUp(c === '\r'
                ? 'CR line ending'
                : c === '\t'
                    ? 'tab'
                    : c === '\ufeff'
                        ? 'BOM'
                        : 'control or line-separator character');
        }
        this.skipTrivia();
        let docStart = false;
        let docOffset = 0;
        if (this.pos < this.len && t.startsWith('---', this.pos)) {
            const after = this.pos + 3;
            const c = t.charCodeAt(after);
            if (after === this.len || c === 10 || c === 32) {
                docStart = true;
                docOffset = this.pos;
                const eol = this.lineEnd(after);
                const rest = t.slice(after, eol).trim();
                if (rest !== '' && !rest.startsWith('#'))
                    giveUp('content after ---');
                this.pos = Math.min(eol + 1, this.len);
                this.skipTrivia();
            }
        }
        if (this.pos >= this.len) {
            // Blank and comment lines only: the library finds no document at all.
            if (!docStart)
                throw new NoDocument();
            giveUp('empty document');
        }
        const indent = this.indentAt(this.pos);
        if (indent !== 0)
            giveUp('root not at column 0');
        const c = t.charCodeAt(this.pos);
        if (c === 37)
            giveUp('directive');
        if (!this.isSeqDash(this.pos) && this.keyEnd(this.pos) === undefined) {
            giveUp('root is not a block mapping or sequence');
        }
        const root = this.isSeqDash(this.pos) ? this.blockSeq(0, this.pos) : this.blockMap(0, this.pos);
        if (this.nextAt < this.len)
            giveUp('content after the root collection');
        const doc = new yaml_nodes/* Document */.yo(undefined, DOC_OPTIONS);
        if (docStart)
            doc.directives.docStart = true;
        doc.contents = root;
        const end = root.range[2];
        const trail = this.trivia;
        doc.range = [docOffset, end, trail.length ? trail[trail.length - 1].end : end];
        return doc;
    }
    lineEnd(p) {
        const nl = this.text.indexOf('\n', p);
        return nl < 0 ? this.len : nl;
    }
    indentAt(lineStart) {
        let i = lineStart;
        while (this.text.charCodeAt(i) === 32)
            i++;
        return i - lineStart;
    }
    /** Skip blank and comment lines from `pos` (a line start); `pos` ends at a content line. */
    skipTrivia() {
        const t = this.text;
        let out = NO_TRIVIA;
        while (this.pos < this.len) {
            let i = this.pos;
            while (t.charCodeAt(i) === 32)
                i++;
            const c = t.charCodeAt(i);
            if (i >= this.len || c === 10) {
                const end = Math.min(i + 1, this.len);
                if (out === NO_TRIVIA)
                    out = [];
                out.push({ col: -1, end });
                this.pos = end;
            }
            else if (c === 35) {
                const eol = this.lineEnd(i);
                const end = Math.min(eol + 1, this.len);
                if (out === NO_TRIVIA)
                    out = [];
                out.push({ col: i - this.pos, end });
                this.pos = end;
            }
            else
                break;
        }
        return out;
    }
    isSeqDash(p) {
        if (this.text.charCodeAt(p) !== 45)
            return false;
        const c = this.text.charCodeAt(p + 1);
        return p + 1 >= this.len || c === 32 || c === 10;
    }
    /**
     * If a block mapping key starts at `p`: the offset of its `:` (followed by space, newline or
     * the end); undefined when the line holds no implicit key there.
     */
    keyEnd(p) {
        const t = this.text;
        const c = t.charCodeAt(p);
        if (c === 91 || c === 123)
            return undefined; // a flow collection: a value, or a key we refuse
        if (c === 34 || c === 39) {
            const close = c === 39 ? this.singleQuotedEnd(p) : this.doubleQuotedEnd(p);
            if (close === undefined)
                return undefined;
            let i = close;
            while (t.charCodeAt(i) === 32)
                i++;
            if (t.charCodeAt(i) !== 58)
                return undefined;
            const n = t.charCodeAt(i + 1);
            return i + 1 >= this.len || n === 32 || n === 10 ? i : undefined;
        }
        const eol = this.lineEnd(p);
        for (let i = p; i < eol; i++) {
            const ch = t.charCodeAt(i);
            if (ch === 58) {
                const n = t.charCodeAt(i + 1);
                if (i + 1 >= this.len || n === 32 || n === 10)
                    return i;
            }
            else if (ch === 35 && i > p && t.charCodeAt(i - 1) === 32)
                return undefined;
        }
        return undefined;
    }
    /** Offset just past the closing quote of a single-line single-quoted scalar at `p`. */
    singleQuotedEnd(p) {
        const t = this.text;
        const eol = this.lineEnd(p);
        let i = p + 1;
        for (;;) {
            const q = t.indexOf("'", i);
            if (q < 0 || q >= eol)
                return undefined;
            if (t.charCodeAt(q + 1) === 39) {
                i = q + 2;
                continue;
            }
            return q + 1;
        }
    }
    doubleQuotedEnd(p) {
        const t = this.text;
        const eol = this.lineEnd(p);
        for (let i = p + 1; i < eol; i++) {
            const ch = t.charCodeAt(i);
            if (ch === 92)
                i++;
            else if (ch === 34)
                return i + 1;
        }
        return undefined;
    }
    singleQuotedValue(p, end) {
        return this.text.slice(p + 1, end - 1).replace(/''/g, "'");
    }
    doubleQuotedValue(p, end) {
        const t = this.text;
        const last = end - 1;
        let from = p + 1;
        let bs = t.indexOf('\\', from);
        if (bs < 0 || bs >= last)
            return t.slice(from, last);
        let res = '';
        while (bs >= 0 && bs < last) {
            res += t.slice(from, bs);
            const next = t[bs + 1];
            const code = DQ_ESCAPES[next];
            if (code !== undefined) {
                res += code;
                from = bs + 2;
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const n = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                const hex = t.slice(bs + 2, bs + 2 + n);
                if (bs + 2 + n > last || !HEX.test(hex))
                    giveUp('bad double-quoted escape');
                const cp = parseInt(hex, 16);
                if (cp > 0x10ffff)
                    giveUp('bad double-quoted escape');
                res += String.fromCodePoint(cp);
                from = bs + 2 + n;
            }
            else
                giveUp('bad double-quoted escape');
            bs = t.indexOf('\\', from);
        }
        return res + t.slice(from, last);
    }
    /**
     * The end of a scalar-like value that ends its line: trailing spaces, an optional comment and
     * the newline. Gives up on anything else after `valueEnd`.
     */
    lineRest(valueEnd) {
        const t = this.text;
        let i = valueEnd;
        while (t.charCodeAt(i) === 32)
            i++;
        if (i >= this.len)
            return this.len;
        const c = t.charCodeAt(i);
        if (c === 10)
            return i + 1;
        if (c === 35 && i > valueEnd) {
            const eol = this.lineEnd(i);
            return Math.min(eol + 1, this.len);
        }
        return giveUp('content after a scalar on its line');
    }
    /** A block mapping whose first key starts at `p`, column `n`. */
    blockMap(n, p) {
        const map = nodes.map();
        const t = this.text;
        let at = p;
        for (;;) {
            const colon = this.keyEnd(at);
            if (colon === undefined)
                giveUp('not a mapping entry');
            const key = this.keyScalar(at, colon);
            // The value, on this line or below.
            let v = colon + 1;
            while (t.charCodeAt(v) === 32)
                v++;
            const value = this.value(n, v, 'map', colon + 1);
            map.items.push(nodes.pair(key, value));
            const next = this.after(n, false);
            if (next === undefined) {
                const offset = value.range[2];
                map.range = [p, offset, this.kept(n, offset)];
                return map;
            }
            at = next;
        }
    }
    /** A block sequence whose first `-` is at `p`, column `n`. */
    blockSeq(n, p) {
        const seq = nodes.seq();
        const t = this.text;
        let at = p;
        for (;;) {
            if (!this.isSeqDash(at))
                giveUp('not a sequence entry');
            // Trivia left over from the previous item belongs to this item's `-` in the library.
            this.commentBefore = at !== p && this.trivia.some((x) => x.col >= 0);
            let v = at + 1;
            while (t.charCodeAt(v) === 32)
                v++;
            const value = this.value(n, v, 'seq', at + 1);
            seq.items.push(value);
            const next = this.after(n, true);
            if (next === undefined) {
                const offset = value.range[2];
                seq.range = [p, offset, this.kept(n, offset)];
                return seq;
            }
            at = next;
        }
    }
    /**
     * Whether the collection at column `n` goes on after an item: the offset of its next entry,
     * or undefined when the pending content belongs to an outer node.
     */
    after(n, isSeq) {
        const at = this.nextAt;
        if (at >= this.len)
            return undefined;
        const t = this.text;
        const col = this.nextCol;
        if (col > n)
            giveUp('deeper indentation after a complete item');
        if (col < n)
            return undefined;
        if (t.startsWith('---', at) || t.startsWith('...', at)) {
            if (col === 0)
                giveUp('document marker');
        }
        if (isSeq)
            return this.isSeqDash(at) ? at : undefined;
        if (this.isSeqDash(at))
            giveUp('sequence entry in a mapping');
        return at;
    }
    /** Where the content line starting at `lineStart` (or the end) puts its text. */
    setNext(lineStart) {
        if (lineStart >= this.len) {
            this.nextAt = this.len;
            this.nextCol = 0;
        }
        else {
            this.nextCol = this.indentAt(lineStart);
            this.nextAt = lineStart + this.nextCol;
        }
    }
    lineStartOf(p) {
        return this.text.lastIndexOf('\n', p - 1) + 1;
    }
    /**
     * range[2] of an ending collection: the library keeps the trailing comments (and the
     * indentation of the next line) when one sits at or right of its column, except at column 0.
     */
    kept(n, offset) {
        const tr = this.trivia;
        if (n === 0 || !tr.some((x) => x.col >= n))
            return offset;
        // Kept by this collection: the trivia no longer moves outwards.
        const end = this.nextAt >= this.len ? tr[tr.length - 1].end : this.nextAt;
        this.trivia = NO_TRIVIA;
        return end;
    }
    /** A key scalar from `p` to its `:` at `colon`. */
    keyScalar(p, colon) {
        const t = this.text;
        const c = t.charCodeAt(p);
        if (colon - p > 1000)
            giveUp('long key');
        if (c === 39 || c === 34) {
            const close = c === 39 ? this.singleQuotedEnd(p) : this.doubleQuotedEnd(p);
            const value = c === 39 ? this.singleQuotedValue(p, close) : this.doubleQuotedValue(p, close);
            return stringScalar(value, [p, close, close], c === 39 ? yaml_nodes/* Scalar */.X5.QUOTE_SINGLE : yaml_nodes/* Scalar */.X5.QUOTE_DOUBLE);
        }
        let e = colon;
        while (t.charCodeAt(e - 1) === 32)
            e--;
        if (e === p)
            giveUp('empty key');
        this.checkPlainStart(p, 'key');
        const src = t.slice(p, e);
        return plainScalar(src, [p, e, e]);
    }
    checkPlainStart(p, what) {
        const t = this.text;
        const c = t[p];
        if ('-?:'.includes(c)) {
            const n = t.charCodeAt(p + 1);
            if (p + 1 >= this.len || n === 32 || n === 10)
                giveUp(`indicator starting a ${what}`);
            if (c !== '-')
                giveUp(`'${c}' starting a ${what}`);
        }
        else if (',[]{}#&*!|>\'"%@`'.includes(c))
            giveUp(`'${c}' starting a plain ${what}`);
    }
    /**
     * The value of a map entry or sequence item whose text would start at `v` (after the `:` or
     * `-` at `ind - 1` and spaces), in a collection at column `n`.
     */
    value(n, v, ctx, ind) {
        this.at = v;
        if (ctx === 'map')
            this.commentBefore = false;
        const t = this.text;
        const c = t.charCodeAt(v);
        if (c === 38)
            return this.anchored(n, v, ctx);
        if (v >= this.len || c === 10 || c === 35) {
            // Nothing more on this line: a nested block node below, or an empty value.
            if (c === 35 && v === ind)
                giveUp('comment without a space');
            // A comment on the line, or (for a sequence item) comments handed to it from before its
            // `-`: the library's empty scalar then ends where the item's trivia ends.
            const hasComment = c === 35 || this.commentBefore;
            const eol = this.lineEnd(v);
            this.pos = Math.min(eol + 1, this.len);
            const trivia = this.skipTrivia();
            const at = this.pos;
            if (at < this.len) {
                const col = this.indentAt(at);
                const content = at + col;
                if (col > n || (col === n && ctx === 'map' && this.isSeqDash(content))) {
                    if (this.isSeqDash(content))
                        return this.blockSeq(col, content);
                    if (this.keyEnd(content) !== undefined)
                        return this.blockMap(col, content);
                    if (trivia.some((x) => x.col >= 0))
                        giveUp('comment before a scalar on the line below');
                    return this.scalarValue(n, content);
                }
            }
            this.setNext(at);
            const end = this.emptyEnd(n, ctx, hasComment, eol, trivia, this.nextAt);
            this.trivia = NO_TRIVIA;
            return plainScalar('', [v, v, end < 0 ? v : end]);
        }
        if (ctx === 'seq' && this.isSeqDash(v))
            return this.blockSeq(v - this.lineStartOf(v), v);
        if (ctx === 'seq' && this.keyEnd(v) !== undefined)
            return this.blockMap(v - this.lineStartOf(v), v);
        return this.scalarValue(n, v);
    }
    /**
     * The end of an anchor's or alias's name starting at `p`: letters, digits, `_`, `-`, `.`,
     * then a space, a line break or the end of the text. Gives up on anything else.
     */
    nameEnd(p) {
        const t = this.text;
        let e = p;
        for (;;) {
            const ch = t.charCodeAt(e);
            const word = (ch >= 97 && ch <= 122) ||
                (ch >= 65 && ch <= 90) ||
                (ch >= 48 && ch <= 57) ||
                ch === 95 ||
                ch === 45 ||
                ch === 46;
            if (!word)
                break;
            e++;
        }
        if (e === p)
            giveUp('empty anchor or alias name');
        if (e < this.len && t.charCodeAt(e) !== 32 && t.charCodeAt(e) !== 10) {
            giveUp('anchor or alias name with other characters');
        }
        return e;
    }
    /**
     * A value with an anchor (`&name` at `v`): a scalar after it on the line, or a block
     * collection starting on the next line. The library gives the node the anchor and starts its
     * range at the node's own text, not at the `&`.
     */
    anchored(n, v, ctx) {
        const t = this.text;
        const e = this.nameEnd(v + 1);
        const name = t.slice(v + 1, e);
        if (this.anchors.has(name))
            giveUp('anchor defined twice');
        let p = e;
        while (t.charCodeAt(p) === 32)
            p++;
        const c = t.charCodeAt(p);
        let node;
        if (p >= this.len || c === 10) {
            // Alone on its line: the block collection right below carries it.
            const at = p + 1;
            if (at >= this.len)
                giveUp('anchor at the end of the text');
            const col = this.indentAt(at);
            const content = at + col;
            const cc = t.charCodeAt(content);
            if (content >= this.len || cc === 10 || cc === 35)
                giveUp('blank or comment line after an anchor');
            if (!(col > n || (col === n && ctx === 'map' && this.isSeqDash(content)))) {
                giveUp('anchored empty value');
            }
            this.pos = at;
            if (this.isSeqDash(content))
                node = this.blockSeq(col, content);
            else if (this.keyEnd(content) !== undefined)
                node = this.blockMap(col, content);
            else
                return giveUp('anchored scalar on the line below');
        }
        else {
            if (c === 35)
                giveUp('comment after an anchor');
            if (c === 38 || c === 42 || c === 33)
                giveUp('several node properties');
            if (this.keyEnd(p) !== undefined || (ctx === 'seq' && this.isSeqDash(p))) {
                giveUp('anchored compact collection');
            }
            node = this.scalarValue(n, p);
        }
        node.anchor = name;
        // Complete: an alias inside the node itself was refused, one after it may refer to it.
        this.anchors.add(name);
        return node;
    }
    /**
     * range[2] of an empty value: where the library's empty scalar ends. It is the value's own
     * position unless comments follow; then the value takes the trivia up to the next item of its
     * mapping (all of it when the collection ends there), less what the library hands on to the
     * next entry (from the second line break after the last more-indented comment).
     */
    emptyEnd(n, ctx, keyLineComment, keyEol, trivia, contentAt) {
        const v = -1;
        const hasComments = keyLineComment || trivia.some((x) => x.col >= 0);
        if (!hasComments)
            return v;
        const all = contentAt < this.len
            ? contentAt
            : trivia.length
                ? trivia[trivia.length - 1].end
                : Math.min(keyEol + 1, this.len);
        if (contentAt >= this.len && trivia.length && this.text.charCodeAt(this.len - 1) !== 10) {
            giveUp('comment at the end of a file without a final newline');
        }
        if (ctx === 'seq')
            return all;
        const col = contentAt - this.lineStartOf(contentAt);
        const atNextItem = contentAt < this.len && col === n;
        if (!atNextItem)
            return all;
        // Newline offsets since the last more-indented comment.
        let nl = [];
        if (keyEol < this.len)
            nl.push(keyEol);
        for (const x of trivia) {
            if (x.col > n)
                nl = [];
            if (this.text.charCodeAt(x.end - 1) === 10)
                nl.push(x.end - 1);
        }
        if (nl.length < 2)
            return all;
        const cut = nl[1];
        // Comments before the cut stay with the empty value.
        const comments = keyLineComment || trivia.some((x) => x.col >= 0 && x.end - 1 <= cut);
        return comments ? cut : v;
    }
    /** A scalar value (block, quoted, flow or plain) starting at `v`, in a collection at `n`. */
    scalarValue(n, v) {
        const t = this.text;
        const c = t.charCodeAt(v);
        let node;
        let end;
        let absorbs = true;
        if (c === 124 || c === 62) {
            [node, end] = this.blockScalar(n, v);
            absorbs = false;
        }
        else if (c === 39 || c === 34) {
            const close = c === 39 ? this.singleQuotedEnd(v) : this.doubleQuotedEnd(v);
            if (close === undefined)
                giveUp('multi-line quoted scalar');
            const value = c === 39 ? this.singleQuotedValue(v, close) : this.doubleQuotedValue(v, close);
            end = this.lineRest(close);
            node = stringScalar(value, [v, close, end], c === 39 ? yaml_nodes/* Scalar */.X5.QUOTE_SINGLE : yaml_nodes/* Scalar */.X5.QUOTE_DOUBLE);
        }
        else if (c === 91 || c === 123) {
            [node, end] = this.flow(v, n);
        }
        else if (c === 42) {
            const e = this.nameEnd(v + 1);
            const name = t.slice(v + 1, e);
            if (!this.anchors.has(name))
                giveUp('alias before its anchor is complete');
            end = this.lineRest(e);
            const alias = new yaml_nodes/* Alias */.x1(name);
            alias.range = [v, e, end];
            node = alias;
        }
        else {
            this.checkPlainStart(v, 'scalar');
            const first = this.plainLine(v);
            let e = first.end;
            let value;
            // Continuation lines (a multi-line plain scalar): right of the collection's column, after
            // any blank lines, until a comment, a blank-then-dedent or the end.
            if (!first.comment) {
                let q = this.lineEnd(e) + 1;
                let blanks = 0;
                while (q < this.len) {
                    const eol = this.lineEnd(q);
                    let k = q;
                    while (t.charCodeAt(k) === 32)
                        k++;
                    if (k === eol) {
                        blanks++;
                        q = eol + 1;
                        continue;
                    }
                    if (k - q <= n || t.charCodeAt(k) === 35)
                        break;
                    this.checkPlainStart(k, 'continuation line');
                    const line = this.plainLine(k);
                    if (line.comment)
                        giveUp('comment after a plain continuation line');
                    value = (value ?? t.slice(v, e)) + (blanks ? '\n'.repeat(blanks) : ' ') + t.slice(k, line.end);
                    e = line.end;
                    blanks = 0;
                    q = eol + 1;
                }
            }
            end = this.lineRest(e);
            value ??= t.slice(v, e);
            node = plainScalar(value, [v, e, end]);
        }
        this.pos = end;
        const trivia = this.skipTrivia();
        this.setNext(this.pos);
        if (this.nextAt < this.len && this.nextCol > n) {
            giveUp('continuation line (multi-line scalar or bad indentation)');
        }
        // Comments right of the collection's column extend the value's own end (the library's
        // "indented comment" rule), until one at or left of the column.
        let rest = trivia;
        if (absorbs && trivia.length) {
            let last = -1;
            for (let k = 0; k < trivia.length; k++) {
                const x = trivia[k];
                if (x.col < 0)
                    continue;
                if (x.col > n)
                    last = k;
                else
                    break;
            }
            if (last >= 0) {
                node.range[2] = trivia[last].end;
                rest = trivia.slice(last + 1);
            }
        }
        this.trivia = rest;
        return node;
    }
    /**
     * One line of a plain scalar in block context from `p`: where its text ends (trailing spaces
     * trimmed) and whether a comment follows. Gives up on `: ` (a nested mapping).
     */
    plainLine(p) {
        const t = this.text;
        const eol = this.lineEnd(p);
        let e = eol;
        let comment = false;
        for (let i = p; i < eol; i++) {
            const ch = t.charCodeAt(i);
            if (ch === 35 && t.charCodeAt(i - 1) === 32) {
                e = i;
                comment = true;
                break;
            }
            if (ch === 58) {
                const nx = t.charCodeAt(i + 1);
                if (i + 1 >= this.len || nx === 32 || nx === 10)
                    giveUp('": " inside a plain value');
            }
        }
        while (t.charCodeAt(e - 1) === 32)
            e--;
        return { end: e, comment };
    }
    /** A literal or folded block scalar whose header starts at `p`, in a collection at column `n`. */
    blockScalar(n, p) {
        const t = this.text;
        const folded = t.charCodeAt(p) === 62;
        let i = p + 1;
        let chomp = '';
        for (;;) {
            const ch = t[i];
            if (ch === '+' || ch === '-') {
                if (chomp)
                    giveUp('block scalar header');
                chomp = ch;
                i++;
            }
            else if (ch >= '0' && ch <= '9')
                giveUp('block scalar indentation indicator');
            else
                break;
        }
        const eolHeader = this.lineEnd(i);
        {
            let k = i;
            while (t.charCodeAt(k) === 32)
                k++;
            if (k < eolHeader && !(t.charCodeAt(k) === 35 && k > i))
                giveUp('block scalar header');
        }
        if (eolHeader >= this.len)
            giveUp('block scalar at the end of the file');
        const bodyStart = eolHeader + 1;
        // The lines the lexer gives the scalar: blank lines, and lines indented at least as much as
        // the first non-blank one (which must sit right of the collection's column).
        let indent = -1;
        let ls = bodyStart;
        /** Start of each line in the scalar's region, and past the region. */
        const starts = [];
        let regionEnd = bodyStart;
        while (ls < this.len) {
            const eol = this.lineEnd(ls);
            let k = ls;
            while (t.charCodeAt(k) === 32)
                k++;
            if (k !== eol) {
                const sp = k - ls;
                if (indent < 0) {
                    if (sp <= n)
                        break;
                    indent = sp;
                }
                else if (sp < indent)
                    break;
            }
            starts.push(ls);
            regionEnd = eol < this.len ? eol + 1 : this.len;
            ls = regionEnd;
        }
        if (indent < 0)
            giveUp('empty block scalar');
        // Without keep chomping, trailing blank lines no more indented than the content are not
        // the scalar's.
        let count = starts.length;
        if (chomp !== '+') {
            while (count > 0) {
                const s0 = starts[count - 1];
                const eol = this.lineEnd(s0);
                let k = s0;
                while (t.charCodeAt(k) === 32)
                    k++;
                if (k === eol && k - s0 <= indent)
                    count--;
                else
                    break;
            }
            regionEnd = count < starts.length ? starts[count] : regionEnd;
        }
        if (regionEnd === this.len && t.charCodeAt(this.len - 1) !== 10) {
            const last = t.slice(t.lastIndexOf('\n') + 1);
            if (last.trim() === '')
                giveUp('block scalar ending in spaces at the end of the file');
        }
        const src = t.slice(bodyStart, regionEnd);
        const value = blockValue(src, indent, folded, chomp);
        const node = stringScalar(value, [p, regionEnd, regionEnd], folded ? yaml_nodes/* Scalar */.X5.BLOCK_FOLDED : yaml_nodes/* Scalar */.X5.BLOCK_LITERAL);
        return [node, regionEnd];
    }
    /** A flow sequence or mapping at `p` (see flowCollection) and the rest of its closing line. */
    flow(p, n) {
        const coll = this.flowCollection(p, n, 0);
        const end = this.lineRest(coll.range[1]);
        coll.range[2] = end;
        return [coll, end];
    }
    /**
     * A flow sequence or mapping at `p`, value of a node in a block collection at column `n`,
     * whose entries are scalars or flow collections (mapping keys: scalars only); range [p, past
     * the closing bracket, same]. It may go on over lines after `[`, `{` or `,` and before the
     * closing bracket, each line indented past `n`; a blank or comment line inside, a key or
     * value split over lines, or a plain scalar going on to the next line gives up.
     */
    flowCollection(p, n, depth) {
        if (depth > 64)
            giveUp('flow collections nested too deep');
        const t = this.text;
        const isMap = t.charCodeAt(p) === 123;
        const close = isMap ? 125 : 93;
        const coll = isMap ? nodes.map() : nodes.seq();
        coll.flow = true;
        let i = p + 1;
        /** Past spaces and, where the collection may go on over lines, line breaks. */
        const skip = (lines) => {
            for (;;) {
                while (t.charCodeAt(i) === 32)
                    i++;
                if (t.charCodeAt(i) !== 10 || !lines)
                    return;
                let k = i + 1;
                while (t.charCodeAt(k) === 32)
                    k++;
                const c = t.charCodeAt(k);
                if (k >= this.len || c === 10 || c === 35)
                    giveUp('blank or comment line inside a flow collection');
                if (k - (i + 1) <= n)
                    giveUp('flow collection line not indented past its block');
                i = k;
            }
        };
        /**
         * A flow entry's node at `i`. Its range[2] takes the spaces after it and, as the library
         * has it, for a sequence item the line breaks and indentation up to what follows, for a
         * mapping value only its first line break. A key's `:` stays on its line.
         */
        const entry = (kind) => {
            const c = t.charCodeAt(i);
            const node = c === 91 || c === 123
                ? kind === 'key'
                    ? giveUp('flow collection as a flow mapping key')
                    : this.flowCollection(i, n, depth + 1)
                : this.flowScalar(i);
            i = node.range[1];
            if (kind === 'item') {
                skip(true);
                node.range[2] = i;
            }
            else {
                skip(false);
                node.range[2] = t.charCodeAt(i) === 10 && kind === 'value' ? i + 1 : i;
                if (kind === 'value')
                    skip(true);
            }
            return node;
        };
        skip(true);
        for (;;) {
            if (i >= this.len)
                giveUp('flow collection without its closing bracket');
            if (t.charCodeAt(i) === close) {
                i++;
                break;
            }
            if (isMap) {
                const key = entry('key');
                if (t.charCodeAt(i) !== 58)
                    giveUp('flow mapping entry without a value');
                i++;
                if (t.charCodeAt(i) !== 32)
                    giveUp('flow mapping ":" without a space');
                skip(false);
                if (t.charCodeAt(i) === 10)
                    giveUp('flow mapping value on the next line');
                coll.items.push(nodes.pair(key, entry('value')));
            }
            else
                coll.items.push(entry('item'));
            const d = t.charCodeAt(i);
            if (d === 44) {
                i++;
                skip(true);
            }
            else if (d !== close)
                giveUp('flow collection syntax');
        }
        coll.range = [p, i, i];
        return coll;
    }
    /** A scalar inside a flow collection (plain or quoted, on one line). */
    flowScalar(p) {
        const t = this.text;
        const eol = this.lineEnd(p);
        const c = t.charCodeAt(p);
        if (c === 39 || c === 34) {
            const close = c === 39 ? this.singleQuotedEnd(p) : this.doubleQuotedEnd(p);
            if (close === undefined)
                giveUp('multi-line quoted scalar');
            const value = c === 39 ? this.singleQuotedValue(p, close) : this.doubleQuotedValue(p, close);
            return stringScalar(value, [p, close, close], c === 39 ? yaml_nodes/* Scalar */.X5.QUOTE_SINGLE : yaml_nodes/* Scalar */.X5.QUOTE_DOUBLE);
        }
        // `-` may start a plain scalar when a character that can go on one follows (`--flag`, `-1`).
        const dashStart = t[p] === '-' && !' \n,[]{}#'.includes(t[p + 1] ?? ' ');
        if (!dashStart && '-?:,[]{}#&*!|>\'"%@`'.includes(t[p]))
            giveUp(`'${t[p]}' in a flow collection`);
        let e = p;
        for (; e < eol; e++) {
            const ch = t.charCodeAt(e);
            if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125)
                break;
            if (ch === 58) {
                const nx = t.charCodeAt(e + 1);
                if (nx === 32 || nx === 44 || nx === 93 || nx === 125 || nx === 10)
                    break;
                giveUp('":" inside a flow plain scalar');
            }
            if (ch === 35 && t.charCodeAt(e - 1) === 32)
                giveUp('comment inside a flow collection');
        }
        let s = e;
        while (t.charCodeAt(s - 1) === 32)
            s--;
        if (s === p)
            giveUp('empty flow entry');
        return plainScalar(t.slice(p, s), [p, s, s]);
    }
}
/** A text of blank and comment lines only, without `---`. */
class NoDocument extends Error {
}
/**
 * The document the library would build from `text`; `none` when the library finds no document
 * in it (blank and comment lines only); else the construct that made us give up.
 */
function fastParse(text) {
    const reader = new FastReader(text);
    try {
        return { doc: reader.read() };
    }
    catch (err) {
        if (err instanceof NoDocument)
            return { none: true };
        if (err instanceof FastGiveUp)
            return { giveUp: err.construct, at: reader.at };
        if (err instanceof RangeError)
            return { giveUp: 'too deep', at: reader.at };
        throw err;
    }
}
/** 1-based line and column of offsets, by a binary search over line starts. */
class LineTable {
    starts = [0];
    /** The line of the last lookup: the models ask in document order, so most hit it or the next. */
    last = 0;
    constructor(text) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** 0-based index of the line holding `offset`. */
    lineOf(offset) {
        const s = this.starts;
        const k = this.last;
        if (s[k] <= offset) {
            if (k + 1 >= s.length || offset < s[k + 1])
                return k;
            if (k + 2 >= s.length || offset < s[k + 2])
                return (this.last = k + 1);
        }
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return (this.last = lo);
    }
    /** As the library's LineCounter.linePos: 1-based line and column. */
    linePos(offset) {
        const k = this.lineOf(offset);
        return { line: k + 1, col: offset - this.starts[k] + 1 };
    }
    /** The same position as a Pos, without the intermediate object. */
    pos(offset) {
        const k = this.lineOf(offset);
        return { line: k + 1, column: offset - this.starts[k] + 1 };
    }
}

;// CONCATENATED MODULE: ./lib/workflows/yaml-doc.js


let library;
/**
 * The yaml library's parser (and `stringify`), loaded on the first call. A run loads it only
 * when the fast reader gives up on a text (about one workflow in forty) or a setting is turned
 * back into YAML; the node classes the fast reader builds come without it (./yaml-nodes.ts).
 */
async function yamlLibrary() {
    library ??= await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(797)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2797));
    return library;
}
/** Load the yaml library's parser now (see `yamlLibrary`). */
async function loadYamlLibrary() {
    await yamlLibrary();
}
/**
 * Thrown by `parseYaml` when a text needs the library's parser and it is not loaded yet: callers
 * that read YAML run through `withYamlLibrary`, which loads it and reads again. Never a problem
 * of the input: nothing turns it into a finding.
 */
class YamlLibraryNeeded extends Error {
    constructor() {
        super('internal: the YAML parser is not loaded (read the file through withYamlLibrary)');
        this.name = 'YamlLibraryNeeded';
    }
}
/**
 * `read()` \u2014 and, when it needed the yaml library's parser before it was loaded, `read()` again
 * once the parser is loaded. `read` must be safe to run twice (reading and parsing files is).
 */
async function withYamlLibrary(read) {
    try {
        return await read();
    }
    catch (err) {
        if (!(err instanceof YamlLibraryNeeded))
            throw err;
        await loadYamlLibrary();
        return await read();
    }
}
/** Anything bigger is refused before it is parsed. */
const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Alias dereferences per document before we call it an alias bomb. */
const MAX_ALIAS_DEREFS = 10_000;
class YamlDoc {
    file;
    doc;
    lines;
    derefs = 0;
    /** What each alias of the document refers to (`targetOf`), once an alias is followed. */
    aliasTargets;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    pos(node) {
        const range = node?.range;
        if (!range)
            return { line: 1, column: 1 };
        if (this.lines instanceof LineTable)
            return this.lines.pos(range[0]);
        const p = this.lines.linePos(range[0]);
        return { line: p.line, column: p.col };
    }
    /** Follow aliases, within a budget that stops alias bombs. */
    resolve(node) {
        let n = node;
        while (n && (0,yaml_nodes/* isAlias */.Vj)(n)) {
            if (++this.derefs > MAX_ALIAS_DEREFS) {
                throw new YamlLimitError(`more than ${MAX_ALIAS_DEREFS} alias expansions (a YAML alias bomb?)`, this.pos(n));
            }
            const target = this.targetOf(n);
            if (!target) {
                throw new YamlLimitError(`YAML error: alias *${n.source} refers to no anchor`, this.pos(n));
            }
            n = target;
        }
        return n ?? undefined;
    }
    /**
     * The node `alias` refers to, as the yaml library's `Alias.resolve` finds it: the last node
     * anchored with its name before it, in document order. The library walks the whole document
     * for every alias it resolves, so a file of a few thousand aliases took minutes (9,000 in a
     * 144 KB workflow: 79 s); here one walk finds every alias's target.
     */
    targetOf(alias) {
        if (!this.aliasTargets) {
            const targets = new Map();
            const lastAnchored = new Map();
            (0,yaml_nodes/* visit */.YR)(this.doc, {
                Node: (_key, node) => {
                    if ((0,yaml_nodes/* isAlias */.Vj)(node))
                        targets.set(node, lastAnchored.get(node.source));
                    else if (node.anchor)
                        lastAnchored.set(node.anchor, node);
                }
            });
            this.aliasTargets = targets;
        }
        // An alias the walk did not meet is not in this document's tree: the library decides.
        if (!this.aliasTargets.has(alias))
            return alias.resolve(this.doc);
        return this.aliasTargets.get(alias);
    }
    /** The string value of a scalar (numbers and booleans as written), else undefined. */
    str(node) {
        const n = this.resolve(node);
        if (!n || !(0,yaml_nodes/* isScalar */.jn)(n))
            return undefined;
        if (n.value === null || n.value === undefined)
            return undefined;
        if (typeof n.value === 'string')
            return n.value;
        return n.source ?? String(n.value);
    }
    map(node) {
        const n = this.resolve(node);
        return n && (0,yaml_nodes/* isMap */.jh)(n) ? n : undefined;
    }
    seq(node) {
        const n = this.resolve(node);
        return n && (0,yaml_nodes/* isSeq */.oP)(n) ? n.items : undefined;
    }
    /** The entries of a mapping with resolved string keys; non-string keys are reported. */
    entries(node) {
        const m = this.map(node);
        if (!m)
            return [];
        const out = [];
        for (const item of m.items) {
            out.push({
                key: this.keyOf(item),
                keyNode: item.key,
                value: (item.value ?? undefined)
            });
        }
        return out;
    }
    /**
     * The entry of `key`, as `entries(node)` would find it (every key resolved, a non-string key
     * anywhere reported), without building the list.
     */
    get(node, key) {
        const m = this.map(node);
        if (!m)
            return undefined;
        let found;
        for (const item of m.items) {
            if (this.keyOf(item) === key && found === undefined) {
                found = { keyNode: item.key, value: (item.value ?? undefined) };
            }
        }
        return found;
    }
    /** A mapping entry's key, resolved; GitHub rejects a key that is not a string. */
    keyOf(item) {
        const keyNode = this.resolve(item.key);
        if (keyNode && (0,yaml_nodes/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'string')
            return keyNode.value;
        throw new YamlLimitError(`mapping key ${keyNode && (0,yaml_nodes/* isScalar */.jn)(keyNode) ? `'${String(keyNode.value)}'` : ''} is not a string; GitHub rejects it`, this.pos(item.key ?? item.value));
    }
    /** Every scalar string under a node (aliases followed), for "mentions" checks. */
    text(node, depth = 0) {
        if (depth > 64)
            return '';
        const n = this.resolve(node);
        if (!n)
            return '';
        if ((0,yaml_nodes/* isScalar */.jn)(n))
            return n.value === null ? '' : String(n.value);
        if ((0,yaml_nodes/* isMap */.jh)(n)) {
            return n.items
                .map((p) => `${this.text(p.key, depth + 1)}: ${this.text(p.value, depth + 1)}`)
                .join('\n');
        }
        if ((0,yaml_nodes/* isSeq */.oP)(n))
            return n.items.map((i) => this.text(i, depth + 1)).join('\n');
        return '';
    }
}
/** A bound or rule of GitHub's YAML that the document breaks. */
class YamlLimitError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
        this.name = 'YamlLimitError';
    }
}
/**
 * Whether parseYaml tries the fast reader of yaml-fast.ts first (it gives up, and the library
 * runs, on anything outside its subset). `CI_INTEL_YAML_FAST=0` turns it off, as do the
 * differential tests through setFastYaml, to compare both paths.
 */
let fastYaml = process.env.CI_INTEL_YAML_FAST !== '0';
/** Turn the fast reader on or off (tests); returns the previous setting. */
function setFastYaml(on) {
    const was = fastYaml;
    fastYaml = on;
    return was;
}
/** What a text without any YAML document (blank and comment lines only) reads as. */
function noDocument() {
    return {
        ok: false,
        problem: { message: 'the file holds no YAML document', line: 1, column: 1 }
    };
}
/**
 * Parse one YAML document the way GitHub reads workflow files. A text the fast reader gives up
 * on needs the library's parser: loaded beforehand (`loadYamlLibrary`), or else this throws
 * `YamlLibraryNeeded` (see `withYamlLibrary`).
 */
function parseYaml(file, text) {
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_YAML_BYTES) {
        return {
            ok: false,
            problem: {
                message: `file is ${bytes} bytes; files over ${MAX_YAML_BYTES} bytes are refused`,
                line: 1,
                column: 1
            }
        };
    }
    if (fastYaml) {
        const fast = fastParse(text);
        if ('none' in fast)
            return noDocument();
        if ('doc' in fast) {
            const yaml = new YamlDoc(file, fast.doc, new LineTable(text));
            const broken = keyProblem(yaml);
            if (broken)
                return { ok: false, problem: broken };
            return { ok: true, yaml };
        }
    }
    if (!library)
        throw new YamlLibraryNeeded();
    const lines = new library.LineCounter();
    // The fast reader's options, so both paths read alike; unique keys are checked by keyProblem
    // in one linear pass (the library's own check is quadratic).
    const parsed = library.parseAllDocuments(text, { lineCounter: lines, ...DOC_OPTIONS });
    const docs = Array.isArray(parsed) ? parsed : [];
    if (docs.length === 0)
        return noDocument();
    if (docs.length > 1) {
        const p = lines.linePos(docs[1].range[0]);
        return {
            ok: false,
            problem: {
                message: 'more than one YAML document in the file; GitHub reads exactly one',
                line: p.line,
                column: p.col
            }
        };
    }
    const doc = docs[0];
    const err = doc.errors[0];
    if (err) {
        const p = err.linePos?.[0] ?? { line: 1, col: 1 };
        return {
            ok: false,
            problem: { message: `YAML error: ${err.message.split('\n')[0]}`, line: p.line, column: p.col }
        };
    }
    const yaml = new YamlDoc(file, doc, lines);
    const broken = keyProblem(yaml);
    if (broken)
        return { ok: false, problem: broken };
    return { ok: true, yaml };
}
/**
 * How GitHub's parser tells two keys apart: strings case-insensitively (`on` and `On` are the
 * same key to it), other scalars by type and value as the yaml library compares them.
 */
function keyIdentity(key) {
    if (!(0,yaml_nodes/* isScalar */.jn)(key))
        return undefined; // a collection as a key: never equal to another
    const v = key.value;
    if (typeof v === 'string')
        return v.toLowerCase();
    if (typeof v === 'number' && Number.isNaN(v))
        return undefined;
    if (v === null || v === undefined)
        return 'null';
    return `${typeof v}:${String(v)}`;
}
/** A mapping with more keys than this is checked through Maps; below, by a scan of an array. */
const FEW_KEYS = 16;
/**
 * The keys of one mapping seen so far, by identity: strings by their lower-cased text, other
 * scalars by type and value, in two tables (a string key never needs a prefix). Most mappings
 * have a few keys: an array scan then, with nothing allocated per mapping; Maps past FEW_KEYS.
 */
class SeenKeys {
    ids = [];
    strings = [];
    nodes = [];
    count = 0;
    seen;
    seenOther;
    /** Forget the keys: a new mapping starts. */
    reset() {
        this.count = 0;
        this.seen = this.seenOther = undefined;
    }
    /** The node first recorded under this identity, else undefined (and `node` is recorded). */
    firstOrAdd(id, isString, node) {
        if (this.seen && this.seenOther) {
            const table = isString ? this.seen : this.seenOther;
            const first = table.get(id);
            if (first === undefined)
                table.set(id, node);
            return first;
        }
        for (let i = 0; i < this.count; i++) {
            if (this.ids[i] === id && this.strings[i] === isString)
                return this.nodes[i];
        }
        if (this.count === FEW_KEYS) {
            this.seen = new Map();
            this.seenOther = new Map();
            for (let i = 0; i < this.count; i++)
                (this.strings[i] ? this.seen : this.seenOther).set(this.ids[i], this.nodes[i]);
            (isString ? this.seen : this.seenOther).set(id, node);
            return undefined;
        }
        this.ids[this.count] = id;
        this.strings[this.count] = isString;
        this.nodes[this.count] = node;
        this.count++;
        return undefined;
    }
}
/**
 * The first key GitHub would refuse: a duplicate (case-insensitively), an alias used as a key
 * (GitHub's parser cannot read it: "Unexpected value 'undefined'") or a `<<` merge key. One walk
 * over every node; keys compared within each mapping (SeenKeys): linear in the size of the
 * document.
 */
function keyProblem(y) {
    const stack = [y.doc.contents];
    const keys = new SeenKeys();
    while (stack.length) {
        const n = stack.pop();
        if ((0,yaml_nodes/* isMap */.jh)(n)) {
            keys.reset();
            for (const pair of n.items) {
                const key = pair.key;
                if (key && (0,yaml_nodes/* isAlias */.Vj)(key)) {
                    return {
                        message: `an alias (*${key.source}) used as a mapping key: GitHub's parser rejects it; write the key out`,
                        ...y.pos(key)
                    };
                }
                if (key && (0,yaml_nodes/* isScalar */.jn)(key) && key.value === '<<' && !key.type?.startsWith('QUOTE')) {
                    return {
                        message: "YAML merge key '<<' is not supported by GitHub Actions",
                        ...y.pos(key)
                    };
                }
                const id = key ? keyIdentity(key) : 'null';
                if (id !== undefined) {
                    const isString = !!key && (0,yaml_nodes/* isScalar */.jn)(key) && typeof key.value === 'string';
                    const first = keys.firstOrAdd(id, isString, (key ?? pair.value ?? n));
                    if (first) {
                        const name = key && (0,yaml_nodes/* isScalar */.jn)(key) ? String(key.value) : '';
                        const firstName = (0,yaml_nodes/* isScalar */.jn)(first) ? String(first.value) : '';
                        return {
                            message: `Map keys must be unique: '${name.slice(0, 80)}' repeats '${firstName.slice(0, 80)}' of line ${y.pos(first).line}${name !== firstName ? ' (GitHub compares keys case-insensitively)' : ''}`,
                            ...y.pos(key ?? pair.value)
                        };
                    }
                }
                if (key && !(0,yaml_nodes/* isScalar */.jn)(key))
                    stack.push(key);
                // Only collections can hold keys: scalars and aliases need no visit.
                const value = pair.value;
                if (value && ((0,yaml_nodes/* isMap */.jh)(value) || (0,yaml_nodes/* isSeq */.oP)(value)))
                    stack.push(value);
            }
        }
        else if ((0,yaml_nodes/* isSeq */.oP)(n)) {
            for (let i = n.items.length - 1; i >= 0; i--)
                stack.push(n.items[i]);
        }
        else if ((0,yaml_nodes/* isPair */.tO)(n)) {
            stack.push(n.key, n.value);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/workflows/workflow.js






/**
 * `y.get(node, key)` for many keys of one mapping: its entries are read once into a map (keys are
 * unique, case-insensitively, once the document is parsed), not once per key looked up.
 */
function fieldsOf(y, node) {
    const byKey = new Map();
    for (const e of y.entries(node))
        if (!byKey.has(e.key))
            byKey.set(e.key, e);
    return (key) => byKey.get(key);
}
function strOf(y, node) {
    const value = y.str(node);
    const n = y.resolve(node) ?? node;
    return value === undefined ? undefined : { value, pos: y.pos(n), node: n };
}
/** A mapping of names to strings; `lower` keys it case-insensitively (action inputs). */
function strMap(y, node, lower = false) {
    const out = new Map();
    for (const e of y.entries(node)) {
        const key = lower ? e.key.toLowerCase() : e.key;
        const s = strOf(y, e.value);
        if (s)
            out.set(key, s);
        else if (e.value !== undefined) {
            const n = y.resolve(e.value) ?? e.value;
            out.set(key, { value: y.text(e.value), pos: y.pos(n), node: n });
        }
    }
    return out;
}
function shown(y, node) {
    const n = y.resolve(node);
    if (!n)
        return 'nothing';
    if ((0,yaml_nodes/* isScalar */.jn)(n))
        return n.value === null ? 'null' : `'${String(n.source ?? n.value).slice(0, 60)}'`;
    if ((0,yaml_nodes/* isSeq */.oP)(n))
        return 'a list';
    if ((0,yaml_nodes/* isMap */.jh)(n))
        return 'a mapping';
    return 'a value';
}
/** One event name of `on:`: a non-empty string scalar, or GitHub rejects the workflow. */
function eventOf(y, node, where) {
    const n = y.resolve(node);
    if (!n || !(0,yaml_nodes/* isScalar */.jn)(n) || typeof n.value !== 'string' || n.value === '') {
        throw new YamlLimitError(`'on' holds ${shown(y, node)} where an event name belongs; GitHub rejects the workflow (write an event name, a list of event names or a mapping of events)`, y.pos(n ?? node ?? where));
    }
    const unknown = unknownEvent(n.value);
    if (unknown)
        throw new YamlLimitError(unknown, y.pos(n));
    return { event: eventName(n.value), pos: y.pos(n) };
}
/**
 * The triggers of `on:` in the forms GitHub accepts: an event name, a list of names, or a
 * mapping of events to null or their filters (`schedule` to a list). Anything else \u2014 a number,
 * null, a nested list, an alias to something else \u2014 is refused as GitHub refuses it, never read
 * as "no triggers".
 */
function triggersOf(y, on, onKey) {
    const n = y.resolve(on);
    if (n && (0,yaml_nodes/* isSeq */.oP)(n))
        return n.items.map((item) => eventOf(y, item, n));
    if (!n || !(0,yaml_nodes/* isMap */.jh)(n))
        return [eventOf(y, on, onKey)];
    return y.entries(n).map((e) => {
        const unknown = unknownEvent(e.key);
        if (unknown)
            throw new YamlLimitError(unknown, y.pos(e.keyNode));
        const v = y.resolve(e.value);
        const ok = !v || ((0,yaml_nodes/* isScalar */.jn)(v) && v.value === null) || (0,yaml_nodes/* isMap */.jh)(v) || ((0,yaml_nodes/* isSeq */.oP)(v) && e.key === 'schedule');
        if (!ok) {
            throw new YamlLimitError(`event '${e.key}' holds ${shown(y, e.value)}; GitHub rejects the workflow (an event takes a mapping of filters, or nothing)`, y.pos(v ?? e.keyNode));
        }
        return { event: eventName(e.key), pos: y.pos(e.keyNode), node: e.value };
    });
}
function stepsOf(y, node) {
    return (y.seq(node) ?? []).map((raw, index) => {
        const s = y.resolve(raw) ?? raw;
        const field = fieldsOf(y, s);
        const get = (k) => field(k)?.value;
        return {
            index,
            pos: y.pos(s),
            id: strOf(y, get('id')),
            name: strOf(y, get('name')),
            uses: (() => {
                const u = strOf(y, get('uses'));
                return u ? { ...u, value: u.value.trim() } : undefined;
            })(),
            run: strOf(y, get('run')),
            if: strOf(y, get('if')),
            with: strMap(y, get('with'), true),
            env: strMap(y, get('env')),
            node: s
        };
    });
}
const FROM_JSON_LITERAL = /^\s*\$\{\{\s*fromjson\s*\(\s*'((?:[^']|'')*)'\s*\)\s*\}\}\s*$/i;
/** The document of `${{ fromJSON('\u2026') }}` with a literal argument, else undefined. */
function fromJsonLiteral(y, node) {
    const text = y.str(node);
    const m = text === undefined ? null : FROM_JSON_LITERAL.exec(text);
    if (!m)
        return undefined;
    try {
        return (0,strict_json/* parseStrictJson */.RJ)(m[1].replace(/''/g, "'"), 'the fromJSON() literal');
    }
    catch (err) {
        throw new YamlLimitError(`${(0,core_errors/* errorMessage */.gJ)(err)}; GitHub fails the run`, y.pos(node));
    }
}
function addMatrix(out, key, text) {
    const k = key.toLowerCase();
    const had = out.get(k);
    out.set(k, had === undefined ? text : `${had}\n${text}`);
}
/** Keys and values of a parsed `fromJSON` matrix (or of its `include` list when `include`). */
function addJsonMatrix(out, doc, include) {
    const rows = include ? doc : doc?.include;
    if (!include && doc && typeof doc === 'object' && !Array.isArray(doc)) {
        for (const [k, v] of Object.entries(doc)) {
            if (k !== 'include' && k !== 'exclude')
                addMatrix(out, k, JSON.stringify(v));
        }
    }
    if (Array.isArray(rows)) {
        for (const row of rows) {
            if (row && typeof row === 'object' && !Array.isArray(row)) {
                for (const [k, v] of Object.entries(row))
                    addMatrix(out, k, JSON.stringify(v));
            }
        }
    }
}
/** A matrix (or `include`) computed by an expression: literal `fromJSON` is read, else `*`. */
function addComputed(y, out, node, include) {
    const doc = fromJsonLiteral(y, node);
    if (doc === undefined)
        addMatrix(out, '*', y.text(node));
    else
        addJsonMatrix(out, doc, include);
}
function matrixOf(y, strategy) {
    const out = new Map();
    const matrix = y.get(strategy, 'matrix')?.value;
    const m = y.resolve(matrix);
    if (!m)
        return out;
    if ((0,yaml_nodes/* isScalar */.jn)(m)) {
        addComputed(y, out, m, false);
        return out;
    }
    for (const e of y.entries(m)) {
        if (e.key === 'exclude')
            continue;
        if (e.key !== 'include') {
            addMatrix(out, e.key, y.text(e.value));
            continue;
        }
        const inc = y.resolve(e.value);
        if (!inc)
            continue;
        if ((0,yaml_nodes/* isScalar */.jn)(inc)) {
            addComputed(y, out, inc, true);
            continue;
        }
        for (const item of y.seq(inc) ?? []) {
            const row = y.resolve(item);
            if (row && (0,yaml_nodes/* isScalar */.jn)(row))
                addComputed(y, out, row, true);
            else
                for (const r of y.entries(row))
                    addMatrix(out, r.key, y.text(r.value));
        }
    }
    return out;
}
function jobsOf(y, node) {
    return y.entries(node).map((e) => {
        const j = y.resolve(e.value);
        const get = fieldsOf(y, j);
        const perms = get('permissions');
        return {
            id: e.key,
            pos: y.pos(e.keyNode),
            name: strOf(y, get('name')?.value),
            if: strOf(y, get('if')?.value),
            uses: (() => {
                const u = strOf(y, get('uses')?.value);
                return u ? { ...u, value: u.value.trim() } : undefined;
            })(),
            with: strMap(y, get('with')?.value, true),
            env: strMap(y, get('env')?.value),
            outputs: strMap(y, get('outputs')?.value),
            matrix: matrixOf(y, get('strategy')?.value),
            permissions: perms ? { pos: y.pos(perms.keyNode), node: perms.value } : undefined,
            steps: stepsOf(y, get('steps')?.value),
            node: (j ?? e.value)
        };
    });
}
/** Build the model from parsed YAML; throws YamlLimitError for what GitHub would reject. */
function modelOf(y) {
    const root = y.map(y.doc.contents);
    if (!root)
        throw new YamlLimitError('the workflow is not a YAML mapping', { line: 1, column: 1 });
    const on = y.get(root, 'on');
    if (!on) {
        throw new YamlLimitError("the workflow has no 'on' key; GitHub rejects it", y.pos(root));
    }
    const perms = y.get(root, 'permissions');
    const conc = y.get(root, 'concurrency');
    return {
        file: y.file,
        name: strOf(y, y.get(root, 'name')?.value),
        onPos: y.pos(on.keyNode),
        triggers: triggersOf(y, on.value, on.keyNode),
        env: strMap(y, y.get(root, 'env')?.value),
        permissions: perms ? { pos: y.pos(perms.keyNode), node: perms.value } : undefined,
        concurrency: conc ? { pos: y.pos(conc.keyNode), node: conc.value } : undefined,
        jobs: jobsOf(y, y.get(root, 'jobs')?.value),
        yaml: y
    };
}
/** Parse a workflow file's text. Never throws for bad input: problems come back with a position. */
function parseWorkflow(file, text) {
    try {
        const parsed = parseYaml(file, text);
        if (!parsed.ok)
            return { ok: false, file, problem: parsed.problem };
        return { ok: true, workflow: modelOf(parsed.yaml) };
    }
    catch (err) {
        if (err instanceof YamlLibraryNeeded)
            throw err; // not the file's problem: see withYamlLibrary
        if (err instanceof YamlLimitError) {
            return { ok: false, file, problem: { message: err.message, ...err.pos } };
        }
        return {
            ok: false,
            file,
            problem: {
                message: `cannot read the workflow: ${err.message}`,
                line: 1,
                column: 1
            }
        };
    }
}
/**
 * Read and parse a workflow file under `root` (bounded, regular files only), with repo-relative
 * paths in every message. A symlinked workflow, or one under a symlinked folder, is refused as
 * GitHub refuses it: GitHub reads the workflow from the git tree, where a symlink is a blob
 * holding the target's path, and reports the file as invalid instead of running the target.
 * The text comes back too, for gates that look at raw lines.
 */
function loadWorkflowFile(root, file) {
    const read = readWorkflowText(root, file);
    return { parsed: parseWorkflowText(read), text: 'text' in read ? read.text : undefined };
}
/** The parsing half of `loadWorkflowFile`: a file that could not be read is its problem at 1:1. */
function parseWorkflowText(read) {
    if ('problem' in read) {
        return { ok: false, file: read.file, problem: { message: read.problem, line: 1, column: 1 } };
    }
    return parseWorkflow(read.file, read.text);
}
/** The reading half of `loadWorkflowFile` (symlinks refused, bounded, regular files only). */
function readWorkflowText(root, file) {
    const rel = displayPath(root, file);
    const link = symlinkOnPath(root, file);
    if (link !== undefined) {
        return {
            file: rel,
            problem: `${link === rel ? `${rel} is a symlink` : `${rel} lies under the symlinked folder ${link}`}: GitHub reads workflows from the git tree and does not follow symlinks (it rejects the file as invalid YAML), so it never runs what the link points at; commit the workflow file itself at this path`
        };
    }
    try {
        return { file: rel, text: readWorkspaceText(root, file, MAX_YAML_BYTES, 'workflow') };
    }
    catch (err) {
        return { file: rel, problem: (0,core_errors/* errorMessage */.gJ)(err) };
    }
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/apply-policy.js


function ownerMatches(pattern, target) {
    const p = pattern.toLowerCase();
    const t = target.toLowerCase();
    return t === p || t.startsWith(`${p}/`) || (0,glob/* globMatch */.eu)(t, p);
}
function pathMatches(pattern, file) {
    return file === pattern || (0,glob/* globMatch */.eu)(file, pattern, { dot: true });
}
function exceptionFor(policy, file, f) {
    return policy.exceptions.find((e) => e.valid &&
        e.rule === f.rule &&
        (e.path === undefined || pathMatches(e.path, file)) &&
        (e.owner === undefined || (f.owner !== undefined && ownerMatches(e.owner, f.owner))));
}
const RULE_IDS = new Map();
/** `workflow-policy/<rule>`, one string per rule. */
function ruleId(rule) {
    let id = RULE_IDS.get(rule);
    if (id === undefined)
        RULE_IDS.set(rule, (id = (0,detach/* detached */.h)(`workflow-policy/${rule}`)));
    return id;
}
/**
 * The gate's findings for one file's rule findings. A fix may hold them until the run ends, so
 * their text is stored in strings of its own: a message built from pieces of the workflow's text
 * would otherwise keep that whole text alive. Helps are shared (`sharedText`).
 */
function applyPolicy(file, raw, policy, used, each) {
    const out = [];
    for (const f of raw) {
        const level = policy.levels[f.rule];
        if (level === 'off')
            continue;
        let severity = level === 'error' && f.maxLevel === 'warning' ? 'warning' : level;
        let message = f.message;
        const ex = exceptionFor(policy, file, f);
        if (ex) {
            used.set(ex, (used.get(ex) ?? 0) + 1);
            severity = 'note';
            message = `${message} [excepted until ${ex.expires}${ex.approvedBy ? `, approved by ${ex.approvedBy}` : ''}: ${ex.justification}]`;
        }
        const finding = {
            rule: ruleId(f.rule),
            severity,
            message: (0,detach/* detached */.h)(message),
            // A pinned-uses help is decided again once every file is read: copied, not pooled.
            help: f.pin ? (0,detach/* detached */.h)(f.help) : (0,detach/* sharedText */.b)(f.help),
            file,
            line: f.line,
            column: f.column
        };
        each?.(f, finding);
        out.push(finding);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/concurrency.js
const NEEDS_CONCURRENCY = new Set(['push', 'pull_request']);
function concurrency(ctx) {
    const { wf } = ctx;
    const triggers = wf.triggers.map((t) => t.event).filter((e) => NEEDS_CONCURRENCY.has(e));
    if (!triggers.length || wf.concurrency)
        return [];
    const y = wf.yaml;
    if (wf.jobs.length && wf.jobs.every((j) => y.get(j.node, 'concurrency')))
        return [];
    return [
        {
            rule: 'concurrency',
            message: `the workflow runs on ${triggers.join(' and ')} but declares no concurrency: expected a top-level concurrency group, got none, so superseded runs keep running`,
            help: 'Add: concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true } (use cancel-in-progress: false for release and deploy workflows).',
            line: wf.onPos.line,
            column: wf.onPos.column
        }
    ];
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/permissions.js


/** Scopes whose write access reviewers must see (issue 8): publishing, pushing and OIDC identity. */
const SENSITIVE_SCOPES = ['contents', 'id-token', 'packages'];
const ACCESS = new Set(['read', 'write', 'none']);
/** How much harm each scope's write access can do, as zizmor rates it (facts from its audit). */
const SCOPE_SEVERITY = {
    actions: 'high',
    'artifact-metadata': 'medium',
    attestations: 'high',
    checks: 'medium',
    'code-quality': 'medium',
    contents: 'high',
    deployments: 'high',
    discussions: 'medium',
    'id-token': 'high',
    issues: 'high',
    models: 'low',
    packages: 'high',
    pages: 'high',
    'pull-requests': 'high',
    'repository-projects': 'medium',
    'security-events': 'medium',
    statuses: 'low'
};
/** Read a `permissions:` value (workflow or job level). */
function readPermissions(ctx, node, keyPos) {
    const y = ctx.wf.yaml;
    const n = y.resolve(node);
    if (!n || ((0,yaml_nodes/* isScalar */.jn)(n) && (n.value === null || n.value === ''))) {
        return {
            kind: 'invalid',
            message: 'permissions: has no value (GitHub rejects the workflow)',
            pos: keyPos
        };
    }
    if ((0,yaml_nodes/* isScalar */.jn)(n)) {
        const v = y.str(n) ?? '';
        if (v === 'read-all' || v === 'write-all')
            return { kind: 'all', value: v, pos: y.pos(n) };
        return {
            kind: 'invalid',
            message: `permissions: '${v}' is not read-all, write-all or a mapping of scopes`,
            pos: y.pos(n)
        };
    }
    if (!(0,yaml_nodes/* isMap */.jh)(n))
        return { kind: 'invalid', message: 'permissions: is not a mapping of scopes', pos: y.pos(n) };
    const scopes = new Map();
    for (const e of y.entries(n)) {
        const v = (y.str(e.value) ?? '').trim();
        if (!ACCESS.has(v)) {
            return {
                kind: 'invalid',
                message: `permissions: ${e.key}: '${v}' is not read, write or none`,
                pos: y.pos(e.value ?? e.keyNode)
            };
        }
        scopes.set(e.key, { value: v, pos: y.pos(e.keyNode) });
    }
    return { kind: 'scopes', scopes, pos: y.pos(n) };
}
function writes(block) {
    if (!block)
        return [];
    if (block.kind === 'all')
        return block.value === 'write-all' ? [...SENSITIVE_SCOPES] : [];
    if (block.kind === 'invalid')
        return [];
    return [...block.scopes].filter(([, v]) => v.value === 'write').map(([k]) => k);
}
function permissions(ctx) {
    const { wf } = ctx;
    const out = [];
    // zizmor reports a workflow-level read-all only when it reaches jobs of their own: not for a
    // single job, when every job sets its own block, or in a reusable-only workflow.
    const reusableOnly = wf.triggers.length === 1 && wf.triggers[0].event === 'workflow_call';
    const topReaches = wf.jobs.length > 1 && wf.jobs.some((j) => !j.permissions) && !reusableOnly;
    const readAllCounts = (where) => where !== 'workflow' || topReaches;
    const bad = (where, b) => {
        if (b.kind === 'invalid') {
            out.push({
                rule: 'permissions',
                message: `${where}: ${b.message}`,
                help: "Write 'permissions: {}' for no access, or list scopes as 'scope: read|write|none'.",
                ...b.pos
            });
        }
        else if (b.kind === 'all' && b.value === 'read-all' && readAllCounts(where)) {
            // zizmor excessive-permissions: read-all reads every scope (private code, packages,
            // security events); a warning, since it cannot write.
            out.push({
                rule: 'permissions',
                message: `${where}: permissions: read-all gives the GITHUB_TOKEN read access to every scope: expected only the scopes the job reads, got read-all`,
                help: "Replace read-all with the scopes the jobs read, e.g. 'contents: read'.",
                maxLevel: 'warning',
                ...b.pos
            });
        }
        else if (b.kind === 'all' && b.value === 'write-all') {
            out.push({
                rule: 'permissions',
                message: `${where}: permissions: write-all gives the GITHUB_TOKEN write access to every scope: expected only the scopes the jobs need, got write-all`,
                help: "Replace write-all with 'contents: read' plus the individual scopes a job needs, set on that job.",
                ...b.pos
            });
        }
    };
    const top = wf.permissions
        ? readPermissions(ctx, wf.permissions.node, wf.permissions.pos)
        : undefined;
    if (!top) {
        const root = wf.yaml.pos(wf.yaml.doc.contents);
        const unscoped = wf.jobs.filter((j) => !j.permissions).map((j) => j.id);
        out.push({
            rule: 'permissions',
            message: `the workflow has no top-level permissions block: expected 'permissions:' (e.g. contents: read), got none, so ${unscoped.length ? `jobs ${unscoped.map((j) => `'${j}'`).join(', ')} get` : 'every new job gets'} the repository's default token scopes`,
            help: "Add 'permissions: { contents: read }' at the top of the workflow and grant write scopes only on the jobs that need them.",
            ...root
        });
    }
    else {
        bad('workflow', top);
        const inheriting = wf.jobs.filter((j) => !j.permissions);
        // zizmor excessive-permissions: each write scope of the workflow-level block that reaches a
        // job of several is reported at the scope (a warning; zizmor's severity by scope is named).
        if (top.kind === 'scopes' && topReaches) {
            const names = inheriting.map((j) => `'${j.id}'`).join(', ');
            const all = inheriting.length === wf.jobs.length;
            for (const [scope, v] of top.scopes) {
                if (v.value !== 'write')
                    continue;
                out.push({
                    rule: 'permissions',
                    message: `workflow-level permissions grant ${scope}: write to ${all ? 'all ' : ''}${inheriting.length} job${inheriting.length === 1 ? ' without its' : 's without their'} own block (${names}; zizmor rates ${scope}: write ${SCOPE_SEVERITY[scope] ?? 'medium'}): expected write scopes on the jobs that need them`,
                    help: 'Keep the workflow-level block read-only and move each write scope to the job that uses it.',
                    maxLevel: 'warning',
                    ...v.pos
                });
            }
        }
    }
    for (const job of wf.jobs) {
        const own = job.permissions
            ? readPermissions(ctx, job.permissions.node, job.permissions.pos)
            : undefined;
        if (own)
            bad(`job '${job.id}'`, own);
        const effective = own ?? top;
        const sensitive = writes(effective).filter((s) => SENSITIVE_SCOPES.includes(s));
        if (sensitive.length) {
            ctx.sensitive.push({
                file: wf.file,
                job: (0,detach/* detached */.h)(job.id),
                scopes: sensitive.map((s) => `${s}: write`),
                inherited: !own,
                line: (own ? job.permissions.pos : wf.permissions.pos).line
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/types.js
var types = __nccwpck_require__(5908);
// EXTERNAL MODULE: ./lib/workflows/uses.js
var workflows_uses = __nccwpck_require__(780);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/child-node.js

function child(ctx, parent, key) {
    const y = ctx.wf.yaml;
    const m = y.resolve(parent);
    if (!m || !(0,yaml_nodes/* isMap */.jh)(m))
        return undefined;
    for (const item of m.items) {
        if ((0,yaml_nodes/* isScalar */.jn)(item.key) && item.key.value === key) {
            const v = (item.value ?? undefined);
            return y.resolve(v) ?? v;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/pinned-uses.js



/** The policy for a reference; the most specific pattern wins (owner/repo/path, owner/repo, owner/repo/*, owner/*, *). */
function pinPolicyFor(policies, ref) {
    const owner = ref.owner.toLowerCase();
    const repo = `${owner}/${ref.repo.toLowerCase()}`;
    const candidates = [
        ...(ref.path ? [`${repo}/${ref.path.toLowerCase()}`] : [repo]),
        `${repo}/*`,
        `${owner}/*`,
        '*'
    ];
    for (const pattern of candidates) {
        const policy = policies.get(pattern);
        if (policy)
            return { pattern, policy };
    }
    return { pattern: '*', policy: 'hash-pin' };
}
/** The tag a trailing comment names (`# v4.1.1`, `# tag=v4.1.1`, `# pin@v4`), if it looks like one. */
function tagFromComment(comment) {
    if (!comment)
        return undefined;
    const token = comment.split(/\s+/)[0].replace(/^(tag=|pin@|ratchet:[^@\s]*@)/, '');
    return /^[A-Za-z0-9][\w.+/-]{0,63}$/.test(token) ? token : undefined;
}
/** Record `owner/repo[/path]@<sha> # <tag>` pins of one workflow into the index. */
function collectPins(uses, source, pins) {
    for (const { str, node } of uses) {
        const ref = (0,workflows_uses/* parseUses */.Ap)(str.value);
        if (ref.kind !== 'repo' || !(0,workflows_uses/* isFullSha */.Wf)(ref.ref))
            continue;
        const tag = tagFromComment(source.trailingComment(node));
        if (!tag)
            continue;
        const target = (0,workflows_uses/* usesTarget */.OW)(ref).toLowerCase();
        let byTag = pins.get(target);
        // The index outlives the file: its keys and values are own copies, not views of the text.
        if (!byTag)
            pins.set((0,detach/* detached */.h)(target), (byTag = new Map()));
        if (!byTag.has(tag))
            byTag.set((0,detach/* detached */.h)(tag), (0,detach/* detached */.h)(ref.ref.toLowerCase()));
    }
}
function usesOf(wf) {
    const y = wf.yaml;
    const out = [];
    for (const job of wf.jobs) {
        if (job.uses) {
            const v = y.get(job.node, 'uses')?.value;
            out.push({ str: job.uses, node: y.resolve(v) ?? v, where: `job '${job.id}'` });
        }
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const v = y.get(step.node, 'uses')?.value;
            out.push({ str: step.uses, node: y.resolve(v) ?? v, where: (0,types/* stepLabel */.v)(job, step) });
        }
    }
    return out;
}
/** `uses: owner/repo@<sha> # <tag>`, with the SHA when a scanned workflow pins that tag. */
function pinnedForm(target, tag, pins) {
    const sha = tag ? pins.get(target.toLowerCase())?.get(tag) : undefined;
    if (sha)
        return `uses: ${target}@${sha} # ${tag}`;
    if (tag)
        return `uses: ${target}@<40-hex commit SHA of ${tag}> # ${tag}`;
    return `uses: ${target}@<40-hex commit SHA> # <tag>`;
}
function pinHelp(target, tag, pins) {
    return `Pin it to the commit, keeping the tag as a comment: ${pinnedForm(target, tag, pins)}`;
}
function pinnedUses(ctx) {
    const out = [];
    for (const u of usesOf(ctx.wf)) {
        const ref = (0,workflows_uses/* parseUses */.Ap)(u.str.value);
        const at = { line: u.str.pos.line, column: u.str.pos.column };
        if (ref.kind === 'local' || ref.kind === 'hub')
            continue;
        if (ref.kind === 'invalid') {
            out.push({
                rule: 'pinned-uses',
                message: `${u.where}: cannot check the pin of 'uses: ${ref.raw}': ${ref.reason}`,
                help: 'Write uses: owner/repo[/path]@<40-hex commit SHA>, ./local/path or docker://image@sha256:<digest>.',
                ...at
            });
            continue;
        }
        if (ref.kind === 'docker') {
            const policy = ctx.policy.pinPolicies.get('*') ?? 'hash-pin';
            const ok = policy === 'any' ||
                (policy === 'ref-pin' ? Boolean(ref.tag || ref.digest) : (0,workflows_uses/* isImageDigest */.oG)(ref.digest));
            if (!ok) {
                out.push({
                    rule: 'pinned-uses',
                    message: `${u.where}: 'uses: ${ref.raw}' is not pinned: expected docker://${ref.image}@sha256:<64-hex digest> (policy ${policy} for '*'), got ${ref.digest ? `'@${ref.digest}'` : ref.tag ? `tag '${ref.tag}'` : 'no tag or digest'}`,
                    help: `Pin the image by digest: uses: docker://${ref.image}${ref.tag ? `:${ref.tag}` : ''}@sha256:<digest> (docker buildx imagetools inspect ${ref.image}${ref.tag ? `:${ref.tag}` : ''} shows it).`,
                    owner: ref.image,
                    ...at
                });
            }
            continue;
        }
        const { pattern, policy } = pinPolicyFor(ctx.policy.pinPolicies, ref);
        if (policy === 'any')
            continue;
        if (policy === 'ref-pin' && ref.ref)
            continue;
        if (policy === 'hash-pin' && (0,workflows_uses/* isFullSha */.Wf)(ref.ref))
            continue;
        const expected = policy === 'hash-pin'
            ? `a full 40-hex commit SHA (policy hash-pin for '${pattern}')`
            : `an @ref (policy ref-pin for '${pattern}')`;
        let got = ref.ref ? `'@${ref.ref}'` : 'no @ref';
        if (ref.ref && /^[0-9a-f]{7,39}$/i.test(ref.ref))
            got += ' (a short SHA, which GitHub resolves like a branch or tag name)';
        out.push({
            rule: 'pinned-uses',
            message: `${u.where}: 'uses: ${ref.raw}' is not pinned: expected ${expected}, got ${got}`,
            help: pinHelp((0,workflows_uses/* usesTarget */.OW)(ref), ref.ref, ctx.pins),
            pin: { target: (0,workflows_uses/* usesTarget */.OW)(ref), tag: ref.ref },
            owner: (0,workflows_uses/* usesTarget */.OW)(ref),
            ...at
        });
    }
    return out;
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/rules/uses-match.js
var uses_match = __nccwpck_require__(7137);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/checkout-credentials.js




const CHECKOUT = /^actions\/checkout(@|$)/i;
const UPLOAD = /^actions\/upload-artifact(@|\/|$)/i;
/** Checkouts that do not set persist-credentials: false (an expression `with:` is not read). */
function credentialCheckouts(ctx, job) {
    const out = [];
    for (const step of job.steps) {
        if (!step.uses || !CHECKOUT.test(step.uses.value))
            continue;
        const pc = step.with.get('persist-credentials');
        if (pc && pc.value.trim().toLowerCase() === 'false')
            continue;
        const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
        const tag = tagFromComment(ctx.source.trailingComment(child(ctx, step.node, 'uses'))) ??
            (ref.kind === 'repo' ? ref.ref : undefined);
        const v = (0,uses_match/* majorOf */.Ds)(tag);
        out.push({ step, persist: pc?.value.trim(), modern: v !== undefined && v >= 6 });
    }
    return out;
}
function isUpload(step) {
    return Boolean(step.uses && UPLOAD.test(step.uses.value));
}
/** Upload paths that archive the checkout itself (`.`, `..`, `${{ github.workspace }}`). */
function uploadsWorkspace(step) {
    const path = step.with.get('path')?.value ?? '';
    return path
        .split('\n')
        .map((p) => p.trim())
        .some((p) => p === '.' ||
        p === './' ||
        p === '..' ||
        p === '../' ||
        (/^\$\{\{.*\}\}$/.test(p) && p.includes('github.workspace')));
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/persist-credentials.js
/**
 * persist-credentials (zizmor's "artipacked", where it pairs a checkout with an upload): in a
 * job that uploads artifacts after actions/checkout, the checkout must not leave the token in the
 * workspace (`persist-credentials: false`), or the upload can carry it. An upload of the
 * workspace itself (`path: .`, `${{ github.workspace }}`) is the sure case; any other upload is
 * flagged too, since a build step can copy or archive `.git` into it.
 */


function persistCredentials(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        if (!job.steps.some(isUpload))
            continue;
        for (const { step, persist, modern } of credentialCheckouts(ctx, job)) {
            const later = job.steps.slice(step.index + 1).filter(isUpload);
            if (!later.length)
                continue;
            const upload = later.find(uploadsWorkspace) ?? later[0];
            const whole = uploadsWorkspace(upload);
            out.push({
                rule: 'persist-credentials',
                message: `${(0,types/* stepLabel */.v)(job, step)}: actions/checkout keeps the job's token in the checkout (persist-credentials: ${persist ?? 'true by default'}) while step '${upload.name?.value ?? upload.uses.value}' uploads ${whole ? 'the workspace itself' : 'an artifact'}: expected persist-credentials: false, got ${persist ? `'${persist}'` : 'the default (true)'}${modern ? ' (checkout v6+ stores the token outside .git/config, so this is a warning)' : ''}`,
                help: "Add 'with: { persist-credentials: false }' to the checkout step; steps that push can set up their own credentials.",
                maxLevel: modern ? 'warning' : undefined,
                line: step.uses.pos.line,
                column: step.uses.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/secrets-inherit.js
/** secrets-inherit: `secrets: inherit` hands every repository and organisation secret to the called workflow. */


function secretsInherit(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const trusted = new Set(ctx.policy.trustedOwners);
    if (ctx.repoOwner)
        trusted.add(ctx.repoOwner.toLowerCase());
    for (const job of ctx.wf.jobs) {
        if (!job.uses)
            continue;
        const node = (0,types/* valueNode */.I)(ctx, job.node, 'secrets');
        if (y.str(node)?.trim() !== 'inherit')
            continue;
        const ref = (0,workflows_uses/* parseUses */.Ap)(job.uses.value);
        if (ref.kind === 'local' || ref.kind === 'hub')
            continue;
        const owner = ref.kind === 'repo' ? ref.owner.toLowerCase() : undefined;
        if (owner && trusted.has(owner))
            continue;
        const pos = y.pos(node);
        const trustedText = trusted.size
            ? [...trusted].sort().join(', ')
            : 'none known (GITHUB_REPOSITORY is not set and the policy lists no trusted-owners)';
        out.push({
            rule: 'secrets-inherit',
            message: `job '${job.id}' passes secrets: inherit to ${job.uses.value.trim()}: expected a reusable workflow of a trusted owner (${trustedText}), got owner '${ref.kind === 'repo' ? ref.owner : '?'}'`,
            help: 'Pass only the secrets the called workflow needs (secrets: { NAME: ${{ secrets.NAME }} }), or add its owner to rules.secrets-inherit.trusted-owners in the policy.',
            owner: ref.kind === 'repo' ? (0,workflows_uses/* usesTarget */.OW)(ref) : undefined,
            line: pos.line,
            column: pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/secrets/entropy.js
/** Shannon entropy and the "reads like a random credential" test shared by the secret rules. */
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
/** Bits per character a generic credential must reach (gitleaks' generic-api-key uses 3.5). */
const GENERIC_ENTROPY = 3.5;
const MIN_GENERIC = 20;
/** A value that is a placeholder, a reference or an obviously non-secret setting. */
function isPlaceholder(v) {
    const t = v.trim();
    if (t === '')
        return true;
    if (/^(x+|\*+)([-_]?(x+|\*+))*$/i.test(t))
        return true; // XXXXX-XXXXX (setup-node), ****
    if (/^(true|false|null|none|undefined|0|1|yes|no)$/i.test(t))
        return true;
    if (t.includes('${{') || /^\$\{?[A-Za-z_]/.test(t) || t.includes('$('))
        return true;
    if (/^<[^>]*>$/.test(t))
        return true;
    return /(example|dummy|placeholder|changeme|redacted|your[_-]|xxxx|\*\*\*)/i.test(t);
}
/** A literal that reads like a random credential rather than a word, path, URL or placeholder. */
function looksRandom(v) {
    if (v.length < MIN_GENERIC || /\s/.test(v) || isPlaceholder(v))
        return false;
    if (/:\/\/|^[./~]|\.(pem|json|key|p12|pfx|txt|ya?ml|gpg|asc)$/i.test(v))
        return false;
    if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v))
        return false;
    return entropy(v) >= GENERIC_ENTROPY;
}

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 27 modules
var dist = __nccwpck_require__(2506);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __nccwpck_require__(2049);
// EXTERNAL MODULE: ./lib/workflows/expression-flow.js
var expression_flow = __nccwpck_require__(9187);
;// CONCATENATED MODULE: ./lib/workflows/condition.js
/**
 * Whether an `if:` condition can hold under a given event, read with GitHub's expression parser
 * (@actions/expressions) and GitHub's comparison rules: strings compare case-insensitively
 * (`github.event_name == 'PULL_REQUEST_TARGET'` is true under pull_request_target), values of
 * different types compare as numbers. Only `github.event_name` is known; every other value is
 * unknown, so a condition counts as a guard only when it is false whatever the unknowns are.
 */




const UNKNOWN = { known: false };
/** The status functions of `if:` (GitHub's workflow functions, beyond the parser's built-ins). */
const WORKFLOW_FUNCTIONS = [
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 0 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];
function lit(value) {
    return { known: true, value, truthy: truthy(value) };
}
function truthy(v) {
    if (v === null)
        return false;
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'number')
        return v !== 0 && !Number.isNaN(v);
    return v !== '';
}
function toNumber(v) {
    if (v === null)
        return 0;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number')
        return v;
    const t = v.trim();
    if (t === '')
        return 0;
    if (/^0x[0-9a-f]+$/i.test(t))
        return parseInt(t, 16);
    if (/^0o[0-7]+$/i.test(t))
        return parseInt(t.slice(2), 8);
    const n = Number(t);
    return Number.isNaN(n) ? NaN : n;
}
/** GitHub's loose equality: strings case-insensitively, mixed types as numbers. */
function looseEquals(a, b) {
    if (typeof a === 'string' && typeof b === 'string') {
        return a.toLowerCase() === b.toLowerCase();
    }
    if (typeof a === typeof b && a !== null && typeof a !== 'number')
        return a === b;
    if (a === null && b === null)
        return true;
    return toNumber(a) === toNumber(b);
}
function evalExpr(e, event, depth) {
    if (depth > 64)
        return UNKNOWN;
    if (e instanceof Literal) {
        const v = e.literal.value;
        if (v === undefined || v === null)
            return lit(null);
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return lit(v);
        return UNKNOWN;
    }
    if (e instanceof Grouping)
        return evalExpr(e.group, event, depth + 1);
    if (e instanceof Unary) {
        const v = evalExpr(e.expr, event, depth + 1);
        return v.truthy === undefined ? UNKNOWN : lit(!v.truthy);
    }
    if (e instanceof Logical) {
        const and = e.operator.lexeme === '&&';
        const vals = e.args.map((a) => evalExpr(a, event, depth + 1));
        if (and) {
            // The first falsy operand is the value; all truthy: the last one.
            for (const v of vals) {
                if (v.truthy === false)
                    return v.known && vals.every((x) => x.known) ? v : { known: false, truthy: false };
                if (v.truthy === undefined)
                    return vals.some((x) => x.truthy === false) ? { known: false, truthy: false } : UNKNOWN;
            }
            return vals[vals.length - 1];
        }
        for (const v of vals) {
            if (v.truthy === true)
                return vals.every((x) => x.known) ? v : { known: false, truthy: true };
            if (v.truthy === undefined)
                return vals.some((x) => x.truthy === true) ? { known: false, truthy: true } : UNKNOWN;
        }
        return vals[vals.length - 1];
    }
    if (e instanceof Binary) {
        const a = evalExpr(e.left, event, depth + 1);
        const b = evalExpr(e.right, event, depth + 1);
        if (!a.known || !b.known)
            return UNKNOWN;
        const x = a.value;
        const y = b.value;
        switch (e.operator.lexeme) {
            case '==':
                return lit(looseEquals(x, y));
            case '!=':
                return lit(!looseEquals(x, y));
            default:
                return UNKNOWN;
        }
    }
    if (e instanceof FunctionCall) {
        const name = e.functionName.lexeme.toLowerCase();
        const args = e.args.map((a) => evalExpr(a, event, depth + 1));
        const strs = args.map((a) => a.known && typeof a.value === 'string' ? a.value.toLowerCase() : undefined);
        if (strs.length === 2 && strs[0] !== undefined && strs[1] !== undefined) {
            if (name === 'startswith')
                return lit(strs[0].startsWith(strs[1]));
            if (name === 'endswith')
                return lit(strs[0].endsWith(strs[1]));
            if (name === 'contains')
                return lit(strs[0].includes(strs[1]));
        }
        return UNKNOWN;
    }
    const path = pathOf(e);
    if (path === 'github.event_name')
        return lit(event);
    return UNKNOWN;
}
/** The expression an `if:` value stands for, or undefined when it is not a single expression. */
function conditionBody(cond) {
    const spans = expressionSpans(cond);
    if (spans.length === 0)
        return cond;
    if (spans.length === 1 &&
        cond.slice(0, spans[0].start).trim() === '' &&
        cond.slice(spans[0].end).trim() === '') {
        return spans[0].body;
    }
    return undefined;
}
/**
 * False only when the condition cannot be true under any of `events` (then the step or job does
 * not run under them); true when it may run, when the expression does not parse, or when it is
 * not a single expression.
 */
function canRunUnder(cond, events) {
    if (cond === undefined || cond.trim() === '')
        return true;
    const body = conditionBody(cond);
    if (body === undefined)
        return true;
    let expr;
    try {
        expr = new Parser(new Lexer(body).lex().tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
    }
    catch {
        return true;
    }
    return events.some((ev) => evalExpr(expr, ev, 0).truthy !== false);
}

// EXTERNAL MODULE: ./lib/workflows/expressions.js
var expressions = __nccwpck_require__(4681);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/expr-sites.js
/**
 * Every `${{ \u2026 }}` of a workflow, found in one walk over the parsed document and kept per
 * workflow, so the rules that look at all expressions (obfuscation, unsound-ternary, secrets
 * exposure) share one scan. Expressions are parsed with GitHub's parser only when a rule asks.
 */







const SITES = new WeakMap();
function collect(n, out, job, key, depth) {
    if (!n || depth > 64 || (0,yaml_nodes/* isAlias */.Vj)(n))
        return;
    if ((0,yaml_nodes/* isScalar */.jn)(n)) {
        const v = n.value;
        if (typeof v !== 'string' || !v.includes('${{'))
            return;
        const spans = (0,expressions/* expressionSpans */.k7)(v);
        for (let nth = 0; nth < spans.length; nth++) {
            out.push({ node: n, text: v, span: spans[nth], nth, job, key });
        }
    }
    else if ((0,yaml_nodes/* isMap */.jh)(n)) {
        for (const item of n.items) {
            if (!(0,yaml_nodes/* isPair */.tO)(item))
                continue;
            const k = (0,yaml_nodes/* isScalar */.jn)(item.key) ? String(item.key.value) : undefined;
            if (depth === 0 && k === 'jobs' && (0,yaml_nodes/* isMap */.jh)(item.value)) {
                for (const j of item.value.items) {
                    const id = (0,yaml_nodes/* isScalar */.jn)(j.key) ? String(j.key.value) : undefined;
                    collect(j.value, out, id, id, depth + 2);
                }
            }
            else
                collect(item.value, out, job, k, depth + 1);
        }
    }
    else if ((0,yaml_nodes/* isSeq */.oP)(n)) {
        for (const item of n.items)
            collect(item, out, job, key, depth + 1);
    }
}
/**
 * Record the expressions of one scalar met by another walk over the document (static-secrets
 * walks every scalar anyway), keyed by its path of mapping keys and sequence indices.
 */
function addSites(out, node, text, keyPath) {
    const job = keyPath[0] === 'jobs' ? keyPath[1] : undefined;
    let key;
    for (let i = keyPath.length - 1; i >= 0 && key === undefined; i--) {
        if (!/^\d+$/.test(keyPath[i]))
            key = keyPath[i];
    }
    const spans = (0,expressions/* expressionSpans */.k7)(text);
    for (let nth = 0; nth < spans.length; nth++) {
        out.push({ node, text, span: spans[nth], nth, job, key });
    }
}
/** Hand over the sites a complete walk of the document found (later rules reuse them). */
function primeSites(wf, sites) {
    if (!SITES.has(wf))
        SITES.set(wf, sites);
}
/** Every expression of the workflow, in document order (aliases are read where their anchor is). */
function exprSites(wf) {
    let out = SITES.get(wf);
    if (!out) {
        out = [];
        collect(wf.yaml.doc.contents, out, undefined, undefined, 0);
        SITES.set(wf, out);
    }
    return out;
}
/** Where a site's `${{` is in the file (the scalar's start when the source does not show it). */
function sitePos(ctx, site) {
    return ctx.source.locate(site.node, '${{', site.nth, ctx.wf.yaml.pos(site.node));
}
/**
 * Bodies already parsed: several rules parse each site, and the same expressions recur across
 * workflows. The trees are shared, so no rule may change one. Dropped whole when full.
 */
const PARSED = new Map();
const MAX_PARSED = 8192;
/** Parse an expression body with GitHub's parser; undefined when GitHub would refuse it. */
function parseExpr(body) {
    let expr = PARSED.get(body);
    if (expr === undefined) {
        // Parsed from an own copy: the tree's tokens must not keep a workflow's text alive.
        const own = (0,detach/* detached */.h)(body);
        try {
            expr = new dist/* Parser */.iX(new dist/* Lexer */.JG(own).lex().tokens, expression_flow/* CONTEXTS */.Jo, WORKFLOW_FUNCTIONS).parse();
        }
        catch {
            expr = null;
        }
        if (PARSED.size >= MAX_PARSED)
            PARSED.clear();
        PARSED.set(own, expr);
    }
    return expr ?? undefined;
}
/** The expression of an `if:` value: the fenced body, or the whole value when unfenced. */
function conditionExpr(cond) {
    const spans = (0,expressions/* expressionSpans */.k7)(cond);
    if (!spans.length)
        return { expr: parseExpr(cond), fenced: false };
    return { expr: parseExpr(spans[0].body), fenced: true };
}
/** The direct sub-expressions of a node. */
function children(e) {
    if (e instanceof ast/* Grouping */.aU)
        return [e.group];
    if (e instanceof ast/* Unary */._c)
        return [e.expr];
    if (e instanceof ast/* Binary */.yI)
        return [e.left, e.right];
    if (e instanceof ast/* Logical */.oD)
        return e.args;
    if (e instanceof ast/* FunctionCall */.R6)
        return e.args;
    if (e instanceof ast/* IndexAccess */.p_)
        return [e.expr, e.index];
    return [];
}
/** Grouping parentheses removed. */
function ungroup(e) {
    let x = e;
    while (x instanceof ast/* Grouping */.aU)
        x = x.group;
    return x;
}
function fnName(e) {
    return e instanceof ast/* FunctionCall */.R6 ? e.functionName.lexeme.toLowerCase() : undefined;
}
function literalValue(e) {
    return e instanceof ast/* Literal */.uS ? e.literal.value : undefined;
}
/** A context (or a property of one): `github.event.x`, `secrets.NAME`, `matrix.os`. */
function isContext(e) {
    const x = ungroup(e);
    if (x instanceof ast/* ContextAccess */.QC)
        return true;
    return x instanceof ast/* IndexAccess */.p_ && isContext(x.expr);
}
const REDUCIBLE_FUNCTIONS = new Set([
    'contains',
    'startswith',
    'endswith',
    'format',
    'tojson',
    'join'
]);
/** An expression whose value is known without running the workflow (literals all the way down). */
function constantReducible(e) {
    if (e instanceof ast/* Literal */.uS)
        return true;
    if (e instanceof ast/* Grouping */.aU)
        return constantReducible(e.group);
    if (e instanceof ast/* Unary */._c)
        return constantReducible(e.expr);
    if (e instanceof ast/* Binary */.yI)
        return constantReducible(e.left) && constantReducible(e.right);
    if (e instanceof ast/* Logical */.oD)
        return e.args.every(constantReducible);
    if (e instanceof ast/* FunctionCall */.R6) {
        return REDUCIBLE_FUNCTIONS.has(fnName(e)) && e.args.every(constantReducible);
    }
    return false;
}
/** The value of a constant-reducible expression (undefined when it is not one we evaluate). */
function constValue(e) {
    if (e instanceof ast/* Literal */.uS) {
        const v = literalValue(e);
        return v === undefined ? null : v;
    }
    if (e instanceof ast/* Grouping */.aU)
        return constValue(e.group);
    if (e instanceof ast/* Unary */._c) {
        const v = constValue(e.expr);
        return v === undefined ? undefined : !expr_sites_truthy(v);
    }
    if (e instanceof ast/* Logical */.oD) {
        const vals = e.args.map(constValue);
        if (vals.some((v) => v === undefined))
            return undefined;
        if (e.operator.lexeme === '&&')
            return vals.find((v) => !expr_sites_truthy(v)) ?? vals[vals.length - 1];
        return vals.find((v) => expr_sites_truthy(v)) ?? vals[vals.length - 1];
    }
    if (e instanceof ast/* Binary */.yI) {
        const a = constValue(e.left);
        const b = constValue(e.right);
        if (a === undefined || b === undefined)
            return undefined;
        const eq = typeof a === 'string' && typeof b === 'string'
            ? a.toLowerCase() === b.toLowerCase()
            : a === b;
        if (e.operator.lexeme === '==')
            return eq;
        if (e.operator.lexeme === '!=')
            return !eq;
        return undefined;
    }
    return undefined;
}
function expr_sites_truthy(v) {
    if (v === null)
        return false;
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'number')
        return v !== 0 && !Number.isNaN(v);
    return v !== '';
}
/** Each node of an expression tree, parents first. */
function* walkExpr(e, depth = 0) {
    if (depth > 64)
        return;
    yield e;
    for (const c of children(e))
        yield* walkExpr(c, depth + 1);
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/static-secrets.js



// Shared with the secretless gate (src/secrets).

/** Well-known credential formats (prefixes and lengths as the issuers document them). */
const PATTERNS = [
    { name: 'an AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/ },
    { name: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/ },
    {
        name: 'a GitHub fine-grained personal access token',
        re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/
    },
    {
        name: 'a private key',
        re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\s*[A-Za-z0-9+/=:\s,-]{40,}/
    },
    { name: 'a Slack token', re: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/ },
    { name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { name: 'an npm access token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
    { name: 'a PyPI API token', re: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
    { name: 'a Stripe live key', re: /\b[rs]k_live_[0-9A-Za-z]{24,}\b/ },
    { name: 'a GitLab personal access token', re: /\bglpat-[0-9A-Za-z_-]{20,}\b/ }
];
/**
 * What every pattern above starts with (or needs somewhere): a value without one of these cannot
 * match any of them, so one scan stands in for ten.
 */
const ANY_PATTERN = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|-----BEGIN |xox[abposr]-|AIza|npm_|pypi-|[rs]k_live_|glpat-/;
/** Setting names whose literal value is a credential: *_TOKEN, *_KEY, *_SECRET, passwords, PATs. */
const SECRET_NAME = /(^|[_-])(token|secret|password|passwd|pat|apikey|api_key|access_key|secret_key|private_key)$|[_-]key$/i;
/** Keys named *_KEY that hold public or non-secret identifiers. */
const PUBLIC_NAME = /(public|pub|gpg|pgp|cache|primary|restore|idempotency|partition|sort|ssh_known|signing_key_id|key_id|keyid|fingerprint)[_-]?(key)?$/i;
/** A masked view of a value: its first 4 characters and its length. */
function mask(v) {
    return `${v.slice(0, 4)}\u2026 (${v.length} characters)`;
}
function staticSecrets(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const sites = [];
    const report = (node, what, where, needle) => {
        const pos = needle ? ctx.source.locate(node, needle, 0, y.pos(node)) : y.pos(node);
        out.push({
            rule: 'static-secrets',
            message: `${where} holds ${what} written into the workflow file: expected a \${{ secrets.NAME }} reference, got a literal`,
            help: 'Revoke and rotate the credential now (it is in the repository history), store the new one as an encrypted secret, and reference it as ${{ secrets.NAME }}; prefer OIDC (id-token: write) over long-lived cloud keys.',
            line: pos.line,
            column: pos.column
        });
    };
    const keyPath = [];
    // The parse is a tree (aliases are Alias nodes, not followed here): each node is met once.
    const walk = (node, depth) => {
        if (depth > 64 || !node || (0,yaml_nodes/* isAlias */.Vj)(node))
            return;
        const n = node;
        if ((0,yaml_nodes/* isScalar */.jn)(n)) {
            // The expression rules share this walk instead of walking the document again.
            if (typeof n.value === 'string' && n.value.includes('${{'))
                addSites(sites, n, n.value, keyPath);
            // Every credential format and the generic check need at least 16 characters.
            if (typeof n.value !== 'string' || n.value.length < 16) {
                if (typeof n.value === 'string' && n.value !== '')
                    checkShort(n, n.value);
                return;
            }
            const v = n.value;
            const where = () => (keyPath.length ? keyPath.join('.') : 'a value');
            let known = false;
            if (ANY_PATTERN.test(v))
                for (const p of PATTERNS) {
                    const m = p.re.exec(v);
                    if (m && !/EXAMPLE/.test(m[0])) {
                        report(n, `${p.name} (${mask(m[0].trim())})`, where(), m[0].slice(0, 10));
                        known = true;
                    }
                }
            if (known)
                return;
            if (!checkShort(n, v) && SECRET_NAME.test(keyPath[keyPath.length - 1] ?? '')) {
                const key = keyPath[keyPath.length - 1];
                if (!PUBLIC_NAME.test(key) && looksRandom(v.trim())) {
                    report(n, `a literal credential (${mask(v.trim())})`, where());
                }
            }
            return;
        }
        if ((0,yaml_nodes/* isMap */.jh)(n)) {
            for (const item of n.items) {
                if (!(0,yaml_nodes/* isPair */.tO)(item))
                    continue;
                keyPath.push((0,yaml_nodes/* isScalar */.jn)(item.key) ? String(item.key.value) : '?');
                walk(item.value, depth + 1);
                keyPath.pop();
            }
        }
        else if ((0,yaml_nodes/* isSeq */.oP)(n)) {
            n.items.forEach((item, i) => {
                keyPath.push(String(i));
                walk(item, depth + 1);
                keyPath.pop();
            });
        }
    };
    /** A literal container or service registry password, whatever its length. */
    const checkShort = (n, v) => {
        if (keyPath[keyPath.length - 1] !== 'password' || keyPath[keyPath.length - 2] !== 'credentials')
            return false;
        if (v.includes('${{'))
            return true;
        report(n, `a registry password (${mask(v)})`, keyPath.join('.'));
        return true;
    };
    walk(y.doc.contents, 0);
    primeSites(ctx.wf, sites);
    return out;
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/rules/template-injection.js + 1 modules
var template_injection = __nccwpck_require__(7237);
;// CONCATENATED MODULE: ./lib/workflows/shell.js
/**
 * Reading `run:` scripts as a shell does, far enough to find the commands that fetch or check out
 * code: backslash-newline continuations joined, commands split at `;`, `&&`, `||`, `|`, `&`,
 * newlines, `(`, `)` and backticks, words unquoted, comments dropped, and `${{ \u2026 }}` kept whole. A
 * `$( \u2026 )` stays in its command's word and is read as a command of its own too. `git` and `gh` invocations are read past their global options (`git -c k=v -C dir fetch`,
 * `gh --repo o/r pr checkout`).
 */

/** Split a script into simple commands. Never throws; unbalanced quotes run to the end. */
function shellCommands(script) {
    const src = script.replace(/\\\r?\n/g, ' ');
    const exprAt = new Map();
    for (const s of (0,expressions/* expressionSpans */.k7)(src))
        exprAt.set(s.start, s.end);
    const out = [];
    const inner = [];
    let words = [];
    let word;
    let start = 0;
    const endWord = () => {
        if (word !== undefined)
            words.push(word);
        word = undefined;
    };
    const endCommand = (at) => {
        endWord();
        if (words.length)
            out.push({ words, text: src.slice(start, at).trim() });
        words = [];
    };
    let i = 0;
    while (i < src.length) {
        const end = exprAt.get(i);
        if (end !== undefined) {
            word = (word ?? '') + src.slice(i, end);
            i = end;
            continue;
        }
        const c = src[i];
        if (c === "'") {
            const close = src.indexOf("'", i + 1);
            const stop = close < 0 ? src.length : close;
            word = (word ?? '') + src.slice(i + 1, stop);
            i = stop + 1;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            let text = '';
            while (j < src.length && src[j] !== '"') {
                const e = exprAt.get(j);
                if (e !== undefined) {
                    text += src.slice(j, e);
                    j = e;
                    continue;
                }
                if (src[j] === '\\' && j + 1 < src.length) {
                    text += src[j + 1];
                    j += 2;
                    continue;
                }
                if (src[j] === '$' && src[j + 1] === '(' && src[j + 2] !== '(') {
                    const close = closingParen(src, j + 2);
                    text += src.slice(j, close + 1);
                    inner.push(...shellCommands(src.slice(j + 2, close)));
                    j = close + 1;
                    continue;
                }
                text += src[j++];
            }
            word = (word ?? '') + text;
            i = j + 1;
            continue;
        }
        if (c === '\\' && i + 1 < src.length) {
            word = (word ?? '') + src[i + 1];
            i += 2;
            continue;
        }
        if (c === '#' && word === undefined) {
            const nl = src.indexOf('\n', i);
            i = nl < 0 ? src.length : nl;
            continue;
        }
        if (c === '$' && src[i + 1] === '(' && src[i + 2] !== '(') {
            // A command substitution is part of this command's word, and a command of its own.
            const close = closingParen(src, i + 2);
            word = (word ?? '') + src.slice(i, close + 1);
            inner.push(...shellCommands(src.slice(i + 2, close)));
            i = close + 1;
            continue;
        }
        if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')' || c === '`') {
            endCommand(i);
            i++;
            while (i < src.length && (src[i] === '|' || src[i] === '&'))
                i++;
            start = i;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            i++;
            continue;
        }
        word = (word ?? '') + c;
        i++;
    }
    endCommand(src.length);
    return [...out, ...inner];
}
/** The index of the `)` closing a `$(` whose body starts at `from` (quotes respected). */
function closingParen(src, from) {
    let depth = 1;
    let quote;
    for (let j = from; j < src.length; j++) {
        const c = src[j];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"')
                j++;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return j;
    }
    return src.length;
}
/** Words that run the command after them (and the options they take before it). */
const WRAPPERS = new Set(['sudo', 'env', 'command', 'exec', 'time', 'nice', 'nohup', 'xargs']);
/** The program and its arguments, past `VAR=value` prefixes and wrappers such as `sudo`. */
function program(words) {
    let i = 0;
    while (i < words.length) {
        const w = words[i];
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
            i++;
            continue;
        }
        if (WRAPPERS.has(w)) {
            i++;
            while (i < words.length && words[i].startsWith('-'))
                i++;
            continue;
        }
        if (w === '{' || w === '}' || w === '!' || w === 'then' || w === 'do' || w === 'else') {
            i++;
            continue;
        }
        break;
    }
    if (i >= words.length)
        return undefined;
    const name = words[i].replace(/^.*\//, '');
    return { name, args: words.slice(i + 1) };
}
/** git's global options that take the next word as their value. */
const GIT_VALUE_OPTIONS = new Set([
    '-C',
    '-c',
    '--git-dir',
    '--work-tree',
    '--namespace',
    '--super-prefix',
    '--config-env',
    '--exec-path',
    '--list-cmds'
]);
/** `git [global options] <subcommand> <args>`, or undefined when the command is not git. */
function gitInvocation(cmd) {
    const p = program(cmd.words);
    if (!p || p.name !== 'git')
        return undefined;
    let i = 0;
    while (i < p.args.length && p.args[i].startsWith('-')) {
        const opt = p.args[i];
        i += GIT_VALUE_OPTIONS.has(opt) ? 2 : 1;
    }
    if (i >= p.args.length)
        return undefined;
    return { sub: p.args[i], args: p.args.slice(i + 1) };
}
/** gh's flags that take the next word as their value. */
const GH_VALUE_OPTIONS = new Set(['-R', '--repo', '--hostname', '-b', '--branch']);
/** The positional words of a `gh` command (`gh -R o/r pr checkout 1` \u2192 pr, checkout, 1). */
function ghInvocation(cmd) {
    const p = program(cmd.words);
    if (!p || p.name !== 'gh')
        return undefined;
    const out = [];
    for (let i = 0; i < p.args.length; i++) {
        const a = p.args[i];
        if (a === '--') {
            out.push(...p.args.slice(i + 1));
            break;
        }
        if (a.startsWith('-')) {
            if (GH_VALUE_OPTIONS.has(a))
                i++;
            continue;
        }
        out.push(a);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/step-shell.js

function shellOf(ctx, job, step) {
    const y = ctx.wf.yaml;
    const own = y.str(child(ctx, step.node, 'shell'));
    const fromDefaults = (node) => y.str(child(ctx, child(ctx, child(ctx, node, 'defaults'), 'run'), 'shell'));
    const shell = own ?? fromDefaults(job.node) ?? fromDefaults(y.doc.contents);
    if (shell)
        return normaliseShell(shell);
    const runsOn = y.text(child(ctx, job.node, 'runs-on')).toLowerCase();
    return runsOn.includes('windows') ? 'pwsh' : 'bash';
}
/** `bash -e {0}` \u2192 `bash`, `C:\\\u2026\\pwsh.exe` \u2192 `pwsh`. */
function normaliseShell(shell) {
    const first = shell.trim().split(/\s+/)[0] ?? '';
    const base = first.split(/[\\/]/).pop() ?? first;
    return base.replace(/\.exe$/i, '').toLowerCase();
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/adhoc-packages.js
/**
 * adhoc-packages (zizmor: adhoc-packages): `npm install foo`, `gem install foo`, `yarn add foo`
 * and the like in a `run:` step install whatever version the registry serves at that moment,
 * outside any lockfile. `npm ci` and bare `npm install` (which read the lockfile) are fine.
 */





const NPM_INSTALL = new Set([
    'install',
    'i',
    'in',
    'ins',
    'inst',
    'insta',
    'instal',
    'isnt',
    'isnta',
    'isntal',
    'isntall',
    'add'
]);
/** A positional argument after the subcommand: `sub` must appear, then some non-flag word after it. */
function subcommandThenPackage(args, subs) {
    const i = args.findIndex((a) => subs.has(a));
    return i >= 0 && args.slice(i + 1).some((a) => !a.startsWith('-'));
}
/** Whether one command installs a package by name, outside a lockfile. */
function isAdhocInstall(words) {
    const [cmd, ...args] = words;
    switch (cmd) {
        case 'gem':
            return subcommandThenPackage(args, new Set(['install', 'i']));
        case 'bundle':
        case 'yarn':
        case 'pnpm':
            return subcommandThenPackage(args, new Set(['add']));
        case 'npm': {
            const rest = args.slice(args.findIndex((a) => !a.startsWith('-')));
            if (!rest.length || args.every((a) => a.startsWith('-')))
                return false;
            return NPM_INSTALL.has(rest[0]) && rest.slice(1).some((a) => !a.startsWith('-'));
        }
        default:
            return false;
    }
}
/** A cheap look first: a package manager and an install-like word on one line. */
const CANDIDATE = /\b(npm|gem|bundle|yarn|pnpm)\b[^\n]*\b(add|i|in|ins|inst\w*|isnt\w*)\b/;
function adhocPackages(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!step.run || !CANDIDATE.test(step.run.value))
                continue;
            if ((0,uses_match/* neverRuns */.Z$)(step))
                continue;
            const shell = shellOf(ctx, job, step);
            if (!['bash', 'sh', 'zsh', 'pwsh', 'powershell'].includes(shell))
                continue;
            const node = child(ctx, step.node, 'run');
            for (const cmd of shellCommands(step.run.value)) {
                if (!isAdhocInstall(cmd.words))
                    continue;
                const pos = ctx.source.locate(node, cmd.text.split('\n')[0], 0, step.run.pos);
                out.push({
                    rule: 'adhoc-packages',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: '${cmd.text.slice(0, 100)}' installs a package outside a lockfile: expected dependencies from a lockfile (npm ci, bundle install, yarn install --immutable), got an ad-hoc install of whatever version is current`,
                    help: 'Declare the package in the manifest and its lockfile and install from the lockfile; for a one-off tool use a setup action pinned by SHA.',
                    line: pos.line,
                    column: pos.column
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/artipacked.js
/**
 * artipacked (zizmor: artipacked, the checkout-only case): actions/checkout without
 * `persist-credentials: false` in a job with no later upload (persist-credentials covers those).
 * The token stays in `.git/config` (before checkout v6) for every later step, cache and artifact
 * of the job. An explicit `persist-credentials: true` is a stated choice and not flagged here.
 */


function artipacked(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const { step, persist, modern } of credentialCheckouts(ctx, job)) {
            if (persist !== undefined && persist.toLowerCase() === 'true')
                continue;
            if (persist?.includes('${{'))
                continue;
            if (job.steps.slice(step.index + 1).some(isUpload))
                continue;
            out.push({
                rule: 'artipacked',
                message: `${(0,types/* stepLabel */.v)(job, step)}: actions/checkout leaves the job's token in the ${modern ? 'runner (checkout v6+ keeps it outside .git/config)' : 'checkout (.git/config)'} for every later step: expected persist-credentials: false, got ${persist ? `'${persist}'` : 'the default (true)'}`,
                help: "Add 'with: { persist-credentials: false }'; a step that must push can configure its own credentials.",
                line: step.uses.pos.line,
                column: step.uses.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/conditions.js

const CONDITIONS = new WeakMap();
function conditionsOf(ctx) {
    const cached = CONDITIONS.get(ctx.wf);
    if (cached)
        return cached;
    const out = [];
    CONDITIONS.set(ctx.wf, out);
    for (const job of ctx.wf.jobs) {
        if (job.if)
            out.push({ cond: job.if, where: `job '${job.id}'` });
        for (const step of job.steps)
            if (step.if)
                out.push({ cond: step.if, where: (0,types/* stepLabel */.v)(job, step) });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/bot-conditions.js
/**
 * bot-conditions (zizmor: bot-conditions): `github.actor == 'dependabot[bot]'` names whoever
 * triggered the latest event, not who wrote the code: anyone can make the bot the actor (a
 * Dependabot rebase of a PR the attacker pushed to), so the check lets attacker code through.
 */




const ACTOR_NAMES = [
    'github.actor',
    'github.triggering_actor',
    'github.event.pull_request.sender.login'
];
const ACTOR_IDS = ['github.actor_id', 'github.event.pull_request.sender.id'];
/** Bot account and app ids people compare actor ids with (dependabot, dependabot-preview, renovate). */
const BOT_IDS = new Set(['29110', '49699333', '27856297', '29139614']);
function botComparison(e) {
    const l = ungroup(e.left);
    const r = ungroup(e.right);
    const [c, lit] = isContext(l) ? [l, r] : isContext(r) ? [r, l] : [undefined, undefined];
    if (!c || !lit)
        return undefined;
    const v = literalValue(lit);
    if (v === undefined)
        return undefined;
    if (v === null || typeof v === 'boolean')
        return null;
    const path = (0,expression_flow/* pathOf */.XM)(c);
    if (!path)
        return null;
    const s = String(v);
    if (ACTOR_NAMES.includes(path) && s.endsWith('[bot]'))
        return { path, value: s };
    if (ACTOR_IDS.includes(path) && BOT_IDS.has(s))
        return { path, value: s };
    return null;
}
/** The first bot comparison, and whether it alone decides the condition (an || branch or the whole). */
function bot_conditions_walk(e, dominating, depth = 0) {
    if (depth > 64)
        return [undefined, dominating];
    const x = ungroup(e);
    if (x instanceof ast/* Logical */.oD) {
        const or = x.operator.lexeme === '||';
        let hit;
        for (const a of x.args)
            hit ??= bot_conditions_walk(a, or, depth + 1)[0];
        return [hit, or];
    }
    if (x instanceof ast/* Binary */.yI) {
        if (x.operator.lexeme === '==') {
            const b = botComparison(x);
            if (b)
                return [b, true];
            if (b === null)
                return [undefined, true];
            const hit = bot_conditions_walk(x.left, true, depth + 1)[0] ?? bot_conditions_walk(x.right, true, depth + 1)[0];
            return [hit, true];
        }
        const hit = bot_conditions_walk(x.left, false, depth + 1)[0] ?? bot_conditions_walk(x.right, false, depth + 1)[0];
        return [hit, false];
    }
    if (x instanceof ast/* Unary */._c)
        return bot_conditions_walk(x.expr, false, depth + 1);
    const kids = children(x);
    if (!kids.length)
        return [undefined, dominating];
    let hit;
    for (const k of kids)
        hit ??= bot_conditions_walk(k, false, depth + 1)[0];
    return [hit, false];
}
function botConditions(ctx) {
    const out = [];
    for (const { cond, where } of conditionsOf(ctx)) {
        if (!/actor|sender/i.test(cond.value))
            continue;
        const { expr } = conditionExpr(cond.value);
        if (!expr)
            continue;
        const [hit, dominating] = bot_conditions_walk(expr, true);
        if (!hit)
            continue;
        out.push({
            rule: 'bot-conditions',
            message: `${where}: the condition trusts ${hit.path} == '${hit.value}'${dominating ? ', which alone lets the job run' : ''}: the actor is whoever triggered the latest event, which an attacker can make the bot be; expected a check of the author of the code, got the actor`,
            help: "Check who opened the pull request (github.event.pull_request.user.login == 'dependabot[bot]') and, for Dependabot, use dependabot/fetch-metadata; never gate privileged steps on github.actor alone.",
            maxLevel: dominating ? undefined : 'warning',
            line: cond.pos.line,
            column: cond.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/cache-poisoning.js
/**
 * cache-poisoning (zizmor: cache-poisoning): a job that publishes (release or tag triggers, or a
 * known publishing action) restores a cache. Caches are shared with the runs of every branch, so
 * a pull request can plant a poisoned cache entry that ends up inside the release.
 */










const c = (field, toggle, type, byDefault) => ({
    field,
    toggle,
    type,
    byDefault
});
/** Actions that restore caches, and the inputs that control it (from each action's action.yml). */
const CACHE_ACTIONS = [
    { action: 'actions/cache', any: [c('lookup-only', 'out', 'bool', true)] },
    { action: 'actions/setup-java', any: [c('cache', 'in', 'string', false)] },
    { action: 'actions/setup-go', any: [c('cache', 'in', 'bool', true)] },
    {
        action: 'actions/setup-node',
        any: [
            c('cache', 'in', ['npm', 'yarn', 'pnpm'], false),
            c('package-manager-cache', 'in', 'bool', true)
        ]
    },
    { action: 'actions/setup-python', any: [c('cache', 'in', 'string', false)] },
    { action: 'actions/setup-dotnet', any: [c('cache', 'in', 'bool', false)] },
    { action: 'astral-sh/setup-uv', any: [c('enable-cache', 'in', ['true'], false)], below: 10 },
    { action: 'swatinem/rust-cache', any: [c('lookup-only', 'out', 'bool', true)] },
    { action: 'ruby/setup-ruby', any: [c('bundler-cache', 'in', 'bool', false)] },
    { action: 'pyo3/maturin-action', any: [c('sccache', 'in', 'bool', false)] },
    { action: 'mlugg/setup-zig', any: [c('use-cache', 'in', 'bool', true)] },
    { action: 'oven-sh/setup-bun', any: [c('no-cache', 'out', 'bool', true)] },
    {
        action: 'determinatesystems/magic-nix-cache-action',
        any: [c('use-gha-cache', 'in', 'bool', true)]
    },
    { action: 'graalvm/setup-graalvm', any: [c('cache', 'in', 'string', false)] },
    { action: 'gradle/actions/setup-gradle', any: [c('cache-disabled', 'out', 'bool', true)] },
    {
        action: 'docker/setup-buildx-action',
        all: [c('cache-binary', 'in', 'bool', true), c('version', 'in', 'string', false)]
    },
    { action: 'actions-rust-lang/setup-rust-toolchain', any: [c('cache', 'in', 'bool', true)] },
    { action: 'mozilla-actions/sccache-action' },
    { action: 'nix-community/cache-nix-action' },
    { action: 'jdx/mise-action', any: [c('cache', 'in', 'bool', true)] },
    {
        action: 'ramsey/composer-install',
        any: [c('ignore-cache', 'out', ['yes', 'true', '1'], true)]
    },
    { action: 'awalsh128/cache-apt-pkgs-action' }
];
const CACHE_BY_TARGET = new Map(CACHE_ACTIONS.map((a) => [a.action, a]));
/** Actions that publish what the job built (packages, releases, images, deployments). */
const PUBLISHERS = new Set([
    'pypa/gh-action-pypi-publish',
    'rubygems/release-gem',
    'jreleaser/release-action',
    'goreleaser/goreleaser-action',
    'softprops/action-gh-release',
    'release-drafter/release-drafter',
    'googleapis/release-please-action',
    'redhat-actions/push-to-registry',
    'aws-actions/amazon-ecs-deploy-task-definition',
    'aws-actions/aws-cloudformation-github-deploy',
    'azure/aci-deploy',
    'azure/container-apps-deploy-action',
    'azure/functions-action',
    'azure/sql-action',
    'cloudflare/wrangler-action',
    'google-github-actions/deploy-appengine',
    'google-github-actions/deploy-cloudrun',
    'google-github-actions/deploy-cloud-functions'
]);
function boolOf(v) {
    const t = v.trim();
    if (/^(true|True|TRUE)$/.test(t))
        return true;
    if (/^(false|False|FALSE)$/.test(t))
        return false;
    return undefined;
}
function controlUsage(ctl, v) {
    if (!v)
        return ctl.byDefault ? 'on' : 'off';
    if (v.value.includes('${{'))
        return 'maybe';
    let matches;
    if (ctl.type === 'bool') {
        const b = boolOf(v.value);
        if (b === undefined)
            return 'maybe';
        matches = b;
    }
    else if (ctl.type === 'string')
        matches = v.value.trim() !== '' && boolOf(v.value) !== false;
    else
        matches = ctl.type.includes(v.value.trim().toLowerCase());
    return ctl.toggle === 'in' ? (matches ? 'on' : 'off') : matches ? 'off' : 'on';
}
function combine(us, all) {
    if (all)
        return us.includes('off') ? 'off' : us.includes('maybe') ? 'maybe' : 'on';
    return us.includes('on') ? 'on' : us.includes('maybe') ? 'maybe' : 'off';
}
function stepTag(ctx, step) {
    const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
    const comment = tagFromComment(ctx.source.trailingComment(child(ctx, step.node, 'uses')));
    return comment ?? (ref.kind === 'repo' ? ref.ref : undefined);
}
/** Whether a step restores a cache, and through which input. */
function cacheUsage(ctx, step) {
    const a = step.uses ? CACHE_BY_TARGET.get((0,uses_match/* targetOf */.$r)(step.uses.value)) : undefined;
    if (!a)
        return undefined;
    const w = child(ctx, step.node, 'with');
    if (w && !(0,yaml_nodes/* isMap */.jh)(w) && ctx.wf.yaml.str(w)?.includes('${{'))
        return { action: a.action, usage: 'maybe' };
    const controls = a.all ?? a.any;
    if (!controls)
        return { action: a.action, usage: 'on' };
    let us = controls.map((ctl) => controlUsage(ctl, step.with.get(ctl.field)));
    if (a.below !== undefined) {
        // Below the bound any truthy value (or none) enables it; from the bound on only the explicit value.
        const major = (0,uses_match/* majorOf */.Ds)(stepTag(ctx, step));
        const v = step.with.get(controls[0].field);
        const old = v
            ? boolOf(v.value) === false
                ? 'off'
                : v.value.includes('${{')
                    ? 'maybe'
                    : 'on'
            : 'on';
        const legacy = major === undefined ? (old === 'on' ? 'maybe' : old) : major < a.below ? old : 'off';
        us = [...us, legacy];
    }
    const usage = combine(us, Boolean(a.all));
    const control = controls.find((ctl) => step.with.has(ctl.field));
    const via = control ? step.with.get(control.field) : undefined;
    return { action: a.action, usage, via, control };
}
/**
 * A cache input set by an expression that is decided on a tag push or a release:
 * `startsWith(github.ref, 'refs/tags/')`, `github.event_name == 'push' && github.ref_type == 'tag'`,
 * literals and their negations. Undefined for anything else.
 */
function onTagPush(e) {
    const x = ungroup(e);
    if (x instanceof ast/* Literal */.uS) {
        const v = literalValue(x);
        return typeof v === 'boolean' ? v : undefined;
    }
    if (x instanceof ast/* Unary */._c) {
        const v = onTagPush(x.expr);
        return v === undefined ? undefined : !v;
    }
    if (x instanceof ast/* FunctionCall */.R6 && fnName(x) === 'startswith' && x.args.length === 2) {
        const prefix = literalValue(ungroup(x.args[1]));
        if ((0,expression_flow/* pathOf */.XM)(ungroup(x.args[0])) === 'github.ref' && typeof prefix === 'string') {
            return prefix.toLowerCase() === 'refs/tags/' ? true : undefined;
        }
    }
    if (x instanceof ast/* Logical */.oD && x.operator.lexeme === '&&' && x.args.length === 2) {
        const parts = x.args.map((a) => {
            const b = ungroup(a);
            if (!(b instanceof ast/* Binary */.yI) || b.operator.lexeme !== '==')
                return '';
            const [l, r] = [ungroup(b.left), ungroup(b.right)];
            const [p, v] = (0,expression_flow/* pathOf */.XM)(l) ? [(0,expression_flow/* pathOf */.XM)(l), literalValue(r)] : [(0,expression_flow/* pathOf */.XM)(r), literalValue(l)];
            return `${p}=${String(v)}`;
        });
        if (parts.sort().join(' ') === 'github.event_name=push github.ref_type=tag')
            return true;
    }
    return undefined;
}
/** Why the workflow's triggers are release-like, if they are. */
function releaseTriggers(ctx) {
    const y = ctx.wf.yaml;
    const out = [];
    for (const t of ctx.wf.triggers) {
        if (t.event === 'release')
            out.push('release');
        if (t.event !== 'push')
            continue;
        const body = y.resolve(t.node);
        if (!body || !(0,yaml_nodes/* isMap */.jh)(body))
            continue;
        if (y.get(body, 'tags') || y.get(body, 'tags-ignore'))
            out.push('push of tags');
        const branches = child(ctx, body, 'branches');
        const list = (0,yaml_nodes/* isSeq */.oP)(branches)
            ? branches.items.map((n) => y.str(n) ?? '')
            : [y.str(branches) ?? ''];
        if (list.some((b) => b.toLowerCase().includes('release')))
            out.push('push to release branches');
    }
    return out;
}
function publisherOf(job) {
    return job.steps.find((s) => {
        if (!s.uses)
            return false;
        if (PUBLISHERS.has((0,uses_match/* targetOf */.$r)(s.uses.value)))
            return true;
        if (!(0,uses_match/* usesAction */.$m)(s.uses.value, 'docker/build-push-action'))
            return false;
        // zizmor counts a build-push step as publishing unless it sets push: false.
        const push = s.with.get('push');
        return push === undefined || boolOf(push.value) !== false;
    });
}
function cachePoisoning(ctx) {
    const out = [];
    const triggers = releaseTriggers(ctx);
    const tagOnly = triggers.length > 0 && triggers.every((t) => t !== 'push to release branches');
    for (const job of ctx.wf.jobs) {
        const publisher = triggers.length ? undefined : publisherOf(job);
        if (!triggers.length && !publisher)
            continue;
        const why = triggers.length
            ? `the workflow runs on ${[...new Set(triggers)].join(' and ')}`
            : `step '${publisher.name?.value ?? publisher.uses.value}' publishes`;
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const u = cacheUsage(ctx, step);
            if (!u || u.usage === 'off')
                continue;
            if (u.usage === 'maybe' && tagOnly && u.via && u.control?.type === 'bool') {
                const span = (0,expressions/* expressionSpans */.k7)(u.via.value)[0];
                const expr = span ? parseExpr(span.body) : undefined;
                const v = expr ? onTagPush(expr) : undefined;
                if (v !== undefined && (u.control.toggle === 'in' ? !v : v))
                    continue;
            }
            const how = u.usage === 'maybe'
                ? `may restore a cache (${u.via ? `${u.via.value.trim()}` : 'inputs set at run time'})`
                : u.via
                    ? `restores a cache (${u.via.value.trim()})`
                    : 'restores a cache by default';
            const pos = step.uses.pos;
            out.push({
                rule: 'cache-poisoning',
                message: `${(0,types/* stepLabel */.v)(job, step)}: ${u.action} ${how} while ${why}: expected no cache in a job that builds what it publishes, got one any branch's run can have written`,
                help: 'Turn the cache off in publishing jobs (e.g. cache: "" for setup-node/python, lookup-only: true for actions/cache, package-manager-cache: false), or build the release from a clean install.',
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/github-app.js


/** Inputs that only grant organisation-level access (a token with only these needs no repositories). */
const ORG_ONLY = new Set([
    'custom-properties-for-organizations',
    'enterprise-custom-properties-for-organizations',
    'members',
    'organization-administration',
    'organization-announcement-banners',
    'organization-copilot-seat-management',
    'organization-custom-org-roles',
    'organization-custom-properties',
    'organization-custom-roles',
    'organization-events',
    'organization-hooks',
    'organization-packages',
    'organization-personal-access-token-requests',
    'organization-personal-access-tokens',
    'organization-plan',
    'organization-projects',
    'organization-secrets',
    'organization-self-hosted-runners',
    'organization-user-blocking'
].map((p) => `permission-${p}`));
function githubApp(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!(0,uses_match/* usesAction */.$m)(step.uses?.value, 'actions/create-github-app-token'))
                continue;
            if ((0,uses_match/* neverRuns */.Z$)(step))
                continue;
            const w = step.with;
            const at = (s) => (s ?? step.uses).pos;
            const flag = (message, help, s, maxLevel) => out.push({
                rule: 'github-app',
                message: `${(0,types/* stepLabel */.v)(job, step)}: ${message}`,
                help,
                maxLevel,
                ...at(s)
            });
            const skip = w.get('skip-token-revoke');
            const skipV = skip?.value.trim().toLowerCase();
            if (skipV === 'true') {
                flag('skip-token-revoke: true leaves the app token valid for an hour after the job: expected the token revoked at the end of the job, got revocation turned off', 'Remove skip-token-revoke (the action revokes the token in its post step).', skip);
            }
            else if (skip && skip.value.includes('${{')) {
                flag(`skip-token-revoke is set by an expression (${skip.value.trim()}), so the token may outlive the job: expected revocation, got a run-time choice`, 'Remove skip-token-revoke, or set it to false.', skip, 'warning');
            }
            const perms = [...w.keys()].filter((k) => k.startsWith('permission-'));
            const owner = w.get('owner');
            if (owner &&
                !w.has('repositories') &&
                !(perms.length && perms.every((p) => ORG_ONLY.has(p)))) {
                flag(`owner: ${owner.value.trim()} without repositories: the token reaches every repository of that owner's installation: expected 'repositories:' naming the ones the job needs, got none`, "Add repositories: 'repo1,repo2' to scope the token.", owner);
            }
            if (!perms.length) {
                flag('no permission-<name> input, so the token gets every permission of the app installation: expected the permissions the job needs, got all', 'Add permission-<name> inputs (e.g. permission-contents: read) to limit the token.', undefined);
            }
            void step;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/github-env.js
/**
 * github-env (zizmor: github-env): in a workflow that runs with the base repository's token on
 * outside contributions (pull_request_target, workflow_run), a step that writes computed text
 * into $GITHUB_ENV or $GITHUB_PATH lets whoever controls that text set LD_PRELOAD, NODE_OPTIONS,
 * BASH_ENV or PATH for every later step \u2014 code execution with the privileged token.
 * `echo`/`printf` of fixed text is not flagged.
 */




const PRIVILEGED = new Set(['pull_request_target', 'workflow_run']);
const TARGET = /^"?\$\{?(GITHUB_ENV|GITHUB_PATH)\}?"?$/;
const REDIRECT_TO = />>?\s*"?\$\{?(GITHUB_ENV|GITHUB_PATH)\b/;
const PWSH_REDIRECT = />>?\s*"?\$\{?env:(GITHUB_ENV|GITHUB_PATH)\b/i;
const PWSH_WRITER = /\b(out-file|add-content|set-content|tee-object)\b[^\n]*\$\{?env:(GITHUB_ENV|GITHUB_PATH)\b/i;
const CMD_REDIRECT = /^.+>>?\s*"?%(GITHUB_ENV|GITHUB_PATH)%"?/im;
/** Text outside single quotes carries an expansion (`$x`, `$(\u2026)`, backticks, `${{ }}`). */
function expands(text) {
    return /[$`]/.test(text.replace(/'[^']*'/g, ''));
}
/** The environment files a bash script writes computed text into. */
function bashEnvWrites(script) {
    const out = [];
    for (const cmd of shellCommands(script)) {
        const w = cmd.words;
        let dest;
        for (let i = 0; i < w.length && !dest; i++) {
            const k = w[i].search(/>>?/);
            if (k < 0)
                continue;
            const rest = w[i].slice(k).replace(/^>>?/, '');
            const target = TARGET.exec(rest === '' ? (w[i + 1] ?? '') : rest);
            if (target)
                dest = target[1];
        }
        if (dest) {
            const name = w[0];
            const at = cmd.text.search(REDIRECT_TO);
            const args = cmd.text.slice(name.length, at < 0 ? undefined : at);
            if ((name === 'echo' || name === 'printf') && !expands(args))
                continue;
            if (name === '}' || name === ')' || name === 'done' || name === 'fi')
                continue;
            out.push(dest);
            continue;
        }
        if (w[0] === 'tee') {
            const t = w.slice(1).find((x) => TARGET.test(x));
            if (t)
                out.push(TARGET.exec(t)[1]);
        }
    }
    return out;
}
function envFileWrites(script, shell) {
    if (shell === 'bash' || shell === 'sh' || shell === 'zsh')
        return bashEnvWrites(script);
    if (shell === 'pwsh' || shell === 'powershell') {
        return script
            .split('\n')
            .map((l) => l.replace(/(^|\s)#.*$/, ''))
            .map((l) => PWSH_REDIRECT.exec(l) ?? PWSH_WRITER.exec(l))
            .filter((m) => Boolean(m))
            .map((m) => (m[2] ?? m[1]).toUpperCase());
    }
    if (shell === 'cmd') {
        const re = new RegExp(CMD_REDIRECT.source, 'gim');
        return [...script.matchAll(re)].map((m) => m[1]);
    }
    return [];
}
function githubEnv(ctx) {
    const out = [];
    const triggers = ctx.wf.triggers.map((t) => t.event).filter((e) => PRIVILEGED.has(e));
    if (!triggers.length)
        return out;
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!step.run || !/GITHUB_(ENV|PATH)/.test(step.run.value))
                continue;
            const shell = shellOf(ctx, job, step);
            const writes = envFileWrites(step.run.value, shell);
            if (!writes.length)
                continue;
            const pos = ctx.wf.yaml.pos(child(ctx, step.node, 'run'));
            for (const dest of new Set(writes)) {
                out.push({
                    rule: 'github-env',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: writes computed text to $${dest} in a workflow triggered by ${triggers.join(' and ')}: expected no run-time values in $${dest} under a privileged trigger, got a write an outside contributor may steer (it can set ${dest === 'GITHUB_PATH' ? 'PATH' : 'LD_PRELOAD, NODE_OPTIONS or BASH_ENV'} for the later steps)`,
                    help: `Pass the value to later steps as a step output (echo "name=value" >> "$GITHUB_OUTPUT") and read it through env:, or validate it against a fixed pattern before writing it to $${dest}.`,
                    line: pos.line,
                    column: pos.column
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/hardcoded-container-credentials.js
/**
 * hardcoded-container-credentials (zizmor: hardcoded-container-credentials): a registry password
 * for the job container or a service container written into the file instead of `${{ secrets.X }}`.
 * The value is never printed.
 */


/** The whole value is one `${{ \u2026 }}` (what GitHub substitutes at run time). */
function isFencedExpression(v) {
    const t = v.trim();
    return t.startsWith('${{') && t.endsWith('}}') && t.indexOf('${{', 3) < 0;
}
function hardcodedContainerCredentials(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const check = (where, container) => {
        const creds = child(ctx, container, 'credentials');
        const pw = child(ctx, creds, 'password');
        const v = y.str(pw);
        if (!pw || v === undefined || !(0,yaml_nodes/* isScalar */.jn)(pw) || v === '' || isFencedExpression(v))
            return;
        const pos = y.pos(pw);
        out.push({
            rule: 'hardcoded-container-credentials',
            message: `${where}: the registry password is written into the workflow (${v.length} characters): expected \${{ secrets.NAME }}, got a literal`,
            help: 'Rotate the password, store it as an encrypted secret and write password: ${{ secrets.REGISTRY_PASSWORD }}; for ghcr.io use ${{ secrets.GITHUB_TOKEN }} with packages: read.',
            line: pos.line,
            column: pos.column
        });
    };
    for (const job of ctx.wf.jobs) {
        check(`job '${job.id}' container`, child(ctx, job.node, 'container'));
        for (const e of y.entries(child(ctx, job.node, 'services'))) {
            check(`job '${job.id}' service '${e.key}'`, y.resolve(e.value) ?? e.value);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/insecure-commands.js

const VAR = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
/** The runner reads the variable as a C# boolean: `true` in any case, nothing else. */
function enabled(env) {
    const v = env.get(VAR);
    return v && v.value.trim().toLowerCase() === 'true' ? v : undefined;
}
function insecureCommands(ctx) {
    const out = [];
    const flag = (where, v) => out.push({
        rule: 'insecure-commands',
        message: `${where} sets ${VAR}: ${v.value.trim()}, which re-enables the ::set-env and ::add-path workflow commands: expected the variable unset, got it enabled`,
        help: `Remove ${VAR}; write variables with 'echo "NAME=value" >> "$GITHUB_ENV"' and paths with 'echo "$DIR" >> "$GITHUB_PATH"' (and upgrade actions that still print ::set-env).`,
        line: v.pos.line,
        column: v.pos.column
    });
    const top = enabled(ctx.wf.env);
    if (top)
        flag('the workflow env', top);
    for (const job of ctx.wf.jobs) {
        const j = enabled(job.env);
        if (j)
            flag(`job '${job.id}' env`, j);
        for (const step of job.steps) {
            const s = step.run ? enabled(step.env) : undefined;
            if (s)
                flag(`${(0,types/* stepLabel */.v)(job, step)} env`, s);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/obfuscation.js
/**
 * obfuscation (zizmor: obfuscation): forms GitHub accepts but that hide what a workflow does from
 * review and from pattern checks \u2014 `uses:` paths with `.`, `..` or empty components, `with:`
 * given as one expression, and expressions that are constants in disguise (`${{ 'ev' }}`,
 * `format('{0}{1}', 'a', 'b')`).
 */





/** Constant sub-expressions other than plain literals. */
function reducibleParts(e, out = [], depth = 0) {
    if (depth > 64)
        return out;
    if (!(e instanceof ast/* Literal */.uS) && constantReducible(e)) {
        out.push(e);
        return out;
    }
    for (const c of children(e))
        reducibleParts(c, out, depth + 1);
    return out;
}
/**
 * A cheap look at the text first: with string literals blanked and true/false/null as numbers,
 * a constant can only hide where there is no context access at all, in a call whose arguments
 * name no context, or around an operator between two literals.
 */
const HAS_CONTEXT = /[A-Za-z_][\w-]*\s*[.[]|\b(?!0\b)[A-Za-z_][\w-]*\b(?!\s*\()/;
const LITERAL_CALL = /[A-Za-z_]\w*\s*\(\s*[^A-Za-z_()]*\)/;
const LITERAL_OP = /(''|\b\d[\w.]*)\s*(==|!=|<=?|>=?|&&|\|\|)\s*(''|\d)|!\s*(''|\d|\()/;
/** A plain context access (`github.event.number`, `matrix.os`): never a constant. */
const PLAIN_ACCESS = /^\s*[A-Za-z_][\w-]*(\s*\.\s*[\w*-]+)+\s*$/;
function mayBeConstant(body) {
    if (PLAIN_ACCESS.test(body))
        return false;
    const bare = body.replace(/'(?:[^']|'')*'/g, "''").replace(/\b(true|false|null)\b/gi, '0');
    return !HAS_CONTEXT.test(bare) || LITERAL_CALL.test(bare) || LITERAL_OP.test(bare);
}
function obfuscation(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const raw = step.uses.value;
            if (raw.startsWith('./') || /^docker:\/\//i.test(raw))
                continue;
            const target = raw.split('@')[0];
            const parts = target.split('/');
            const odd = parts.slice(2).filter((p) => p === '' || p === '.' || p === '..');
            if (parts.length > 2 && odd.length) {
                out.push({
                    rule: 'obfuscation',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: 'uses: ${raw}' has ${[...new Set(odd)].map((p) => (p === '' ? 'an empty component' : `'${p}'`)).join(' and ')} in its path: expected a plain owner/repo/path, got one that hides which action runs`,
                    help: 'Write the normalised path (owner/repo/sub/dir@ref).',
                    line: step.uses.pos.line,
                    column: step.uses.pos.column
                });
            }
            const w = child(ctx, step.node, 'with');
            if (w && (0,yaml_nodes/* isScalar */.jn)(w) && typeof w.value === 'string' && w.value.includes('${{')) {
                const pos = y.pos(w);
                out.push({
                    rule: 'obfuscation',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: 'with:' is one expression, so no check can see the inputs ${raw} gets: expected a mapping of inputs, got an expression`,
                    help: 'List the inputs under with: one by one.',
                    maxLevel: 'warning',
                    line: pos.line,
                    column: pos.column
                });
            }
        }
    }
    for (const site of exprSites(ctx.wf)) {
        const body = site.span.body;
        if (!mayBeConstant(body))
            continue;
        const expr = parseExpr(body);
        if (!expr)
            continue;
        const whole = constantReducible(expr);
        const parts = whole ? [expr] : reducibleParts(expr);
        if (!parts.length)
            continue;
        const pos = sitePos(ctx, site);
        out.push({
            rule: 'obfuscation',
            message: `${site.job ? `job '${site.job}'` : 'the workflow'}${site.key && site.key !== site.job ? ` (${site.key})` : ''}: \${{ ${body.trim().replace(/\s+/g, ' ').slice(0, 120)} }} ${whole ? 'is a constant written as an expression' : 'contains a constant written as an expression'}: expected the plain value, got an expression that hides it`,
            help: 'Write the value itself instead of computing it from literals.',
            line: pos.line,
            column: pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/overprovisioned-secrets.js
/**
 * overprovisioned-secrets (zizmor: overprovisioned-secrets): `toJSON(secrets)` and
 * `secrets[<computed>]` hand the job every secret of the repository (and organisation) instead of
 * the ones it names, so one leaked log line or compromised step reaches them all.
 */


const isSecrets = (e) => {
    const x = ungroup(e);
    return x instanceof ast/* ContextAccess */.QC && x.name.lexeme.toLowerCase() === 'secrets';
};
/** What in an expression exposes the whole secrets context. */
function secretsExpansions(e, out = [], depth = 0) {
    if (depth > 64)
        return out;
    if (e instanceof ast/* FunctionCall */.R6 && fnName(e) === 'tojson' && e.args.some(isSecrets)) {
        out.push('toJSON(secrets)');
        return out;
    }
    if (e instanceof ast/* IndexAccess */.p_ && isSecrets(e.expr) && !(ungroup(e.index) instanceof ast/* Literal */.uS)) {
        out.push('secrets[<computed name>]');
        return out;
    }
    for (const c of children(e))
        secretsExpansions(c, out, depth + 1);
    return out;
}
function overprovisionedSecrets(ctx) {
    const out = [];
    for (const site of exprSites(ctx.wf)) {
        const body = site.span.body;
        if (!/secrets/i.test(body) || !/tojson|\[/i.test(body))
            continue;
        const expr = parseExpr(body);
        if (!expr)
            continue;
        for (const what of secretsExpansions(expr)) {
            const pos = sitePos(ctx, site);
            out.push({
                rule: 'overprovisioned-secrets',
                message: `${site.job ? `job '${site.job}'` : 'the workflow'}${site.key && site.key !== site.job ? ` (${site.key})` : ''}: ${what} gives the runner every secret of the repository and organisation: expected the secrets the job needs by name, got all of them`,
                help: 'Reference each secret the step needs by name (${{ secrets.NAME }}); pass a reusable workflow only the secrets it declares.',
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/secrets-outside-env.js


const ALLOWED = new Set(['github_token']);
/** `secrets.NAME` and `secrets['NAME']` in an expression body (string literals blanked first). */
const SECRET_REF = /(?<![\w.-])secrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*(?:'([^']*)'|"([^"]*)")\s*\])/gi;
function secretNames(body) {
    const out = new Set();
    // Blank string literals, keeping those that directly follow `secrets[` (a literal index).
    const bare = body.replace(/(secrets\s*\[\s*)?'((?:[^']|'')*)'/gi, (m, idx) => idx ? m : "''");
    for (const m of bare.matchAll(SECRET_REF))
        out.add((m[1] ?? m[2] ?? m[3]).toLowerCase());
    return out;
}
function secretsOutsideEnv(ctx) {
    const out = [];
    const { wf } = ctx;
    if (wf.triggers.some((t) => t.event === 'workflow_call'))
        return out;
    const withEnv = new Set(wf.jobs.filter((j) => child(ctx, j.node, 'environment') !== undefined).map((j) => j.id));
    for (const site of exprSites(wf)) {
        if (!site.job || withEnv.has(site.job) || !/secrets/i.test(site.span.body))
            continue;
        for (const name of secretNames(site.span.body)) {
            if (ALLOWED.has(name) || name === '*')
                continue;
            const pos = sitePos(ctx, site);
            out.push({
                rule: 'secrets-outside-env',
                message: `job '${site.job}' reads secrets.${name} without an environment: expected the job to declare 'environment:' so the secret lives behind its protection rules, got none`,
                help: 'Move the secret into a deployment environment with required reviewers or branch rules and set environment: <name> on the job.',
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/self-hosted-runner.js
/**
 * self-hosted-runner (zizmor: self-hosted-runner, auditor persona): jobs that run on self-hosted
 * runners, which keep state between runs unless they are ephemeral \u2014 which the file cannot show.
 */


const WHOLE_EXPR = /^\s*\$\{\{\s*([\s\S]*?)\s*\}\}\s*$/;
function selfHostedRunner(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    for (const job of ctx.wf.jobs) {
        if (job.uses)
            continue;
        const ro = child(ctx, job.node, 'runs-on');
        if (!ro)
            continue;
        const pos = y.pos(ro);
        const flag = (why, maxLevel) => out.push({
            rule: 'self-hosted-runner',
            message: `job '${job.id}' ${why}: expected a GitHub-hosted or ephemeral runner, and the workflow cannot show which`,
            help: 'Use GitHub-hosted runners for untrusted code, or ephemeral (just-in-time) self-hosted runners; then add a justified exception for this workflow.',
            maxLevel,
            line: pos.line,
            column: pos.column
        });
        if ((0,yaml_nodes/* isMap */.jh)(ro)) {
            flag('runs on a runner group (groups hold self-hosted runners)', 'warning');
            continue;
        }
        const scalar = (0,yaml_nodes/* isScalar */.jn)(ro) ? y.str(ro) : undefined;
        const whole = scalar !== undefined ? WHOLE_EXPR.exec(scalar) : null;
        if (whole) {
            const m = /^matrix\.([\w-]+)$/i.exec(whole[1]);
            const values = m ? job.matrix.get(m[1].toLowerCase()) : undefined;
            if (values?.includes('self-hosted'))
                flag(`runs on ${whole[1]}, which the matrix sets to a self-hosted label`);
            continue;
        }
        const first = (0,yaml_nodes/* isSeq */.oP)(ro) ? y.str(ro.items[0]) : scalar;
        if (first === undefined)
            continue;
        if (first.trim() === 'self-hosted')
            flag("runs on a 'self-hosted' runner");
        else if (first.includes('${{'))
            flag(`runs on '${first.trim()}', which may expand to a self-hosted label`, 'warning');
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unpinned-images.js
/**
 * unpinned-images (zizmor: unpinned-images): job `container:` and `services:` images not pinned
 * by `@sha256:` digest. No tag or `latest` floats freely (error); another tag can be re-pushed
 * (warning); an image chosen by an expression cannot be checked (warning). `docker://` steps are
 * pinned-uses' business.
 */






/** `name[:tag][@sha256:\u2026]` \u2192 what is wrong with its pinning. */
function imagePinning(image) {
    const ref = image.trim().replace(/^docker:\/\//i, '');
    if (ref === '')
        return undefined;
    const at = ref.indexOf('@');
    if (at >= 0)
        return undefined;
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    const tag = colon > slash ? ref.slice(colon + 1) : undefined;
    if (tag === undefined)
        return { level: 'error', why: `'${ref}' has no tag or digest (it means :latest)` };
    if (tag === 'latest')
        return { level: 'error', why: `'${ref}' uses the floating latest tag` };
    return { level: 'warning', why: `'${ref}' is pinned by tag only, which can be re-pushed` };
}
/** The values an image expression can take: literal strings, matrix values, or unknown. */
function leaves(e, out = []) {
    const x = ungroup(e);
    if (x instanceof ast/* Logical */.oD)
        for (const a of x.args)
            leaves(a, out);
    else
        out.push(x);
    return out;
}
function verdicts(text, job) {
    const spans = (0,expressions/* expressionSpans */.k7)(text);
    if (!spans.length)
        return [imagePinning(text)];
    if (spans.length !== 1 ||
        text.slice(0, spans[0].start).trim() ||
        text.slice(spans[0].end).trim()) {
        return [
            {
                level: 'warning',
                why: `'${text.trim()}' is built at run time, so its pin cannot be checked`
            }
        ];
    }
    const expr = parseExpr(spans[0].body);
    if (!expr)
        return [{ level: 'warning', why: `'${text.trim()}' cannot be read` }];
    const out = [];
    for (const leaf of leaves(expr)) {
        if (leaf instanceof ast/* Literal */.uS) {
            const v = literalValue(leaf);
            if (typeof v === 'string')
                out.push(imagePinning(v));
            continue;
        }
        const p = (0,expression_flow/* pathOf */.XM)(leaf);
        const m = p?.startsWith('matrix.') ? p.slice('matrix.'.length) : undefined;
        const values = m !== undefined ? job.matrix.get(m) : undefined;
        if (m !== undefined && values !== undefined && !values.includes('${{')) {
            for (const line of values.split('\n')) {
                const v = line.trim().replace(/^["']|["']$/g, '');
                if (v)
                    out.push(imagePinning(v));
            }
        }
        else if (m !== undefined && !job.matrix.size) {
            continue;
        }
        else {
            out.push({
                level: 'warning',
                why: `the image comes from ${p ?? 'an expression'}, so its pin cannot be checked`
            });
        }
    }
    return out;
}
function unpinnedImages(ctx) {
    const out = [];
    const y = ctx.wf.yaml;
    const check = (where, node, job) => {
        const text = y.str(node);
        if (!node || text === undefined)
            return;
        const pos = y.pos(node);
        const seen = new Set();
        for (const v of verdicts(text, job)) {
            if (!v || seen.has(v.why))
                continue;
            seen.add(v.why);
            out.push({
                rule: 'unpinned-images',
                message: `${where}: ${v.why}: expected the image pinned by digest (name:tag@sha256:<digest>)`,
                help: 'Pin it: image: name:tag@sha256:<digest> (docker buildx imagetools inspect name:tag shows the digest), and let Dependabot or Renovate update it.',
                maxLevel: v.level === 'warning' ? 'warning' : undefined,
                line: pos.line,
                column: pos.column
            });
        }
    };
    for (const job of ctx.wf.jobs) {
        const c = child(ctx, job.node, 'container');
        check(`job '${job.id}' container`, c && (0,yaml_nodes/* isMap */.jh)(c) ? child(ctx, c, 'image') : c, job);
        for (const e of y.entries(child(ctx, job.node, 'services'))) {
            const s = y.resolve(e.value) ?? e.value;
            check(`job '${job.id}' service '${e.key}'`, s && (0,yaml_nodes/* isMap */.jh)(s) ? child(ctx, s, 'image') : undefined, job);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unpinned-tools.js
/**
 * unpinned-tools (zizmor: unpinned-tools): setup actions that download their tool's latest
 * release unless a version is given, so the job runs whatever was published last.
 */


const INSTALLS_LATEST = new Set(['aquasecurity/setup-trivy', '1password/load-secrets-action']);
function unpinnedTools(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            const action = step.uses ? (0,uses_match/* targetOf */.$r)(step.uses.value) : '';
            if ((0,uses_match/* neverRuns */.Z$)(step))
                continue;
            if (!INSTALLS_LATEST.has(action))
                continue;
            const v = step.with.get('version');
            const val = v?.value.trim();
            let got;
            if (!v)
                got = 'no version (the action installs the latest release)';
            else if (val === 'latest')
                got = 'version: latest';
            else if (val.includes('${{'))
                got = `version: ${val} (chosen at run time)`;
            if (!got)
                continue;
            const pos = (v ?? step.uses).pos;
            out.push({
                rule: 'unpinned-tools',
                message: `${(0,types/* stepLabel */.v)(job, step)}: ${action} installs an unpinned tool: expected a fixed version, got ${got}`,
                help: 'Set with: { version: <exact release, e.g. v0.65.0> } and update it deliberately.',
                maxLevel: val?.includes('${{') ? 'warning' : undefined,
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unredacted-secrets.js
/**
 * unredacted-secrets (zizmor: unredacted-secrets): the runner masks a secret's whole value in
 * logs, not the parts `fromJSON(secrets.X).field` picks out of it, so those parts are printed
 * in clear wherever they are echoed.
 */



function leaks(e, out, depth = 0) {
    if (depth > 64)
        return out;
    if (e instanceof ast/* FunctionCall */.R6 && fnName(e) === 'fromjson') {
        const secret = e.args.map((a) => (0,expression_flow/* pathOf */.XM)(ungroup(a))).find((p) => p?.startsWith('secrets.'));
        if (secret) {
            out.push(secret);
            return out;
        }
    }
    for (const c of children(e))
        leaks(c, out, depth + 1);
    return out;
}
function unredactedSecrets(ctx) {
    const out = [];
    for (const site of exprSites(ctx.wf)) {
        const body = site.span.body;
        if (!/fromjson/i.test(body) || !/secrets/i.test(body))
            continue;
        const expr = parseExpr(body);
        if (!expr)
            continue;
        for (const secret of leaks(expr, [])) {
            const pos = sitePos(ctx, site);
            out.push({
                rule: 'unredacted-secrets',
                message: `${site.job ? `job '${site.job}'` : 'the workflow'}: fromJSON(${secret}) takes a structured secret apart, and the runner only masks the secret's whole value: expected one secret per value, got fields of ${secret} that print unmasked`,
                help: 'Store each value that must stay secret as its own secret (secrets.DB_USER, secrets.DB_PASSWORD) and reference it directly; or ::add-mask:: each field before use.',
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unsound-condition.js
/**
 * unsound-condition (zizmor: unsound-condition): an `if:` whose value is `${{ \u2026 }}` plus other
 * text \u2014 typically the newline a `|` block scalar keeps \u2014 is a non-empty string after
 * substitution, and a non-empty string is true: the condition always holds.
 */


function unsoundCondition(ctx) {
    const out = [];
    for (const { cond, where } of conditionsOf(ctx)) {
        const v = cond.value;
        const spans = (0,expressions/* expressionSpans */.k7)(v);
        if (!spans.length)
            continue;
        const first = spans[0];
        if (first.start === 0 && first.end === v.length)
            continue;
        const trailing = v.slice(first.end);
        const why = spans.length > 1
            ? 'several ${{ }} with text between them'
            : trailing.trim() === '' && v.slice(0, first.start).trim() === ''
                ? `whitespace around the \${{ }} (${JSON.stringify(v.slice(0, first.start) + trailing)}), as a | or > block scalar keeps`
                : 'text outside the ${{ }}';
        out.push({
            rule: 'unsound-condition',
            message: `${where}: the if: condition has ${why}, so it becomes a non-empty string and is always true: expected the value to be exactly one \${{ \u2026 }}, got extra text`,
            help: 'Write the condition without the block scalar newline (use |- or >-, or a plain one-line if:), and put the whole condition inside one ${{ }}.',
            line: cond.pos.line,
            column: cond.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unsound-contains.js
/**
 * unsound-contains (zizmor: unsound-contains): `contains('main,develop', github.ref_name)` tests
 * for a substring, not list membership, so a branch called `mai` or `develop-evil` passes it.
 */




/** Values whoever triggers the run can choose (a branch or tag name, an input, an env value). */
const CONTROLLABLE = [
    'env',
    'github.actor',
    'github.base_ref',
    'github.head_ref',
    'github.ref',
    'github.ref_name',
    'github.sha',
    'github.triggering_actor',
    'inputs'
];
const childOf = (path, prefix) => path === prefix || path.startsWith(`${prefix}.`);
function unsoundContains(ctx) {
    const out = [];
    for (const { cond, where } of conditionsOf(ctx)) {
        if (!/contains\s*\(\s*'/i.test(cond.value))
            continue;
        const { expr } = conditionExpr(cond.value);
        if (!expr)
            continue;
        for (const e of walkExpr(expr)) {
            if (!(e instanceof ast/* FunctionCall */.R6) || fnName(e) !== 'contains' || e.args.length !== 2)
                continue;
            const list = literalValue(ungroup(e.args[0]));
            const path = (0,expression_flow/* pathOf */.XM)(ungroup(e.args[1]));
            if (typeof list !== 'string' || path === undefined)
                continue;
            const controllable = CONTROLLABLE.some((p) => childOf(path, p));
            out.push({
                rule: 'unsound-contains',
                message: `${where}: contains('${list}', ${path}) checks for a substring, so ${controllable ? 'a chosen' : 'a'} ${path} that is only part of an entry passes: expected an exact comparison, got a substring test`,
                help: `Test each value exactly: contains(fromJSON('["${list
                    .split(/[\s,]+/)
                    .filter(Boolean)
                    .join('", "')}"]'), ${path}), or ${path} == '\u2026' || ${path} == '\u2026'.`,
                maxLevel: controllable ? undefined : 'warning',
                line: cond.pos.line,
                column: cond.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/unsound-ternary.js
/**
 * unsound-ternary (zizmor: unsound-ternary): `cond && X || Y` is GitHub's stand-in for a ternary,
 * but when X is falsy (`false`, `''`, `0`, `null`) the result is Y whatever cond is.
 */


function isAnd(e) {
    return e instanceof ast/* Logical */.oD && e.operator.lexeme === '&&';
}
/** The operands of nested `||`, constant sub-trees kept whole. */
function orOperands(e, out = []) {
    const x = ungroup(e);
    if (!constantReducible(x) && x instanceof ast/* Logical */.oD && x.operator.lexeme === '||') {
        for (const a of x.args)
            orOperands(a, out);
    }
    else
        out.push(x);
    return out;
}
/** The falsy "true values" of pseudo-ternaries in an expression. */
function unsoundTrueValues(e, out = [], depth = 0) {
    if (depth > 64 || constantReducible(e))
        return out;
    const x = ungroup(e);
    if (x instanceof ast/* Logical */.oD && x.operator.lexeme === '||') {
        const ops = orOperands(x);
        for (const op of ops.slice(0, -1)) {
            if (!isAnd(op))
                continue;
            const tv = ungroup(op.args[op.args.length - 1]);
            if (constantReducible(tv)) {
                const v = constValue(tv);
                if (v !== undefined && !expr_sites_truthy(v))
                    out.push(v);
            }
        }
        for (const op of ops)
            unsoundTrueValues(op, out, depth + 1);
        return out;
    }
    for (const c of children(x))
        unsoundTrueValues(c, out, depth + 1);
    return out;
}
function unsoundTernary(ctx) {
    const out = [];
    for (const site of exprSites(ctx.wf)) {
        const body = site.span.body;
        if (!body.includes('&&') || !body.includes('||'))
            continue;
        const expr = parseExpr(body);
        if (!expr)
            continue;
        for (const v of unsoundTrueValues(expr)) {
            const pos = sitePos(ctx, site);
            out.push({
                rule: 'unsound-ternary',
                message: `${site.job ? `job '${site.job}'` : 'the workflow'}: \${{ ${body.trim().replace(/\s+/g, ' ').slice(0, 120)} }} uses 'cond && ${JSON.stringify(v)} || other', which is always 'other' because ${JSON.stringify(v)} is falsy: expected a truthy value after &&, got a falsy one`,
                help: "Flip the test so the falsy value comes last (!cond && other || false), or use case(cond, 'a', 'b').",
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-zizmor-a.js


















const ZIZMOR_A_CHECKS = {
    artipacked: artipacked,
    'bot-conditions': botConditions,
    'cache-poisoning': cachePoisoning,
    'github-env': githubEnv,
    'insecure-commands': insecureCommands,
    obfuscation: obfuscation,
    'overprovisioned-secrets': overprovisionedSecrets,
    'self-hosted-runner': selfHostedRunner,
    'unsound-contains': unsoundContains,
    'unsound-condition': unsoundCondition,
    'unsound-ternary': unsoundTernary,
    'unpinned-images': unpinnedImages,
    'hardcoded-container-credentials': hardcodedContainerCredentials,
    'unredacted-secrets': unredactedSecrets,
    'secrets-outside-env': secretsOutsideEnv,
    'github-app': githubApp,
    'adhoc-packages': adhocPackages,
    'unpinned-tools': unpinnedTools
};

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/anonymous-definition.js
function anonymousDefinition(ctx) {
    const { wf } = ctx;
    const y = wf.yaml;
    const out = [];
    if (!wf.name) {
        out.push({
            rule: 'anonymous-definition',
            message: 'the workflow has no name: expected name: <what it does>, got none (the Actions tab and required checks show the file path)',
            help: "Add 'name: \u2026' at the top of the workflow.",
            ...y.pos(y.doc.contents)
        });
    }
    for (const job of wf.jobs) {
        if (job.uses || job.name)
            continue; // zizmor checks normal jobs only
        out.push({
            rule: 'anonymous-definition',
            message: `job '${job.id}' has no name: expected name: <what it does>, got none`,
            help: "Add 'name: \u2026' to the job; checks and logs then say what it does.",
            maxLevel: 'warning',
            line: job.pos.line,
            column: job.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/concurrency-limits.js
/**
 * concurrency-limits (zizmor): a concurrency group without `cancel-in-progress`. A missing group
 * on push / pull_request workflows is the `concurrency` rule's finding; this one covers
 * `concurrency: <group>` (the bare form) at workflow level, or on jobs when the workflow sets none.
 * Workflows that only run as reusable workflows (`workflow_call`) are left to their callers.
 */

function concurrencyLimits(ctx) {
    const { wf } = ctx;
    const y = wf.yaml;
    if (wf.triggers.every((t) => t.event === 'workflow_call'))
        return [];
    const out = [];
    const bare = (node) => {
        const n = y.resolve(node);
        return n !== undefined && !(0,yaml_nodes/* isMap */.jh)(n);
    };
    const msg = (where) => `${where} sets a concurrency group without cancel-in-progress: expected cancel-in-progress: true (or false, said on purpose), got the bare group, so a new run queues behind a superseded one`;
    const help = 'Write concurrency: { group: \u2026, cancel-in-progress: true } (cancel-in-progress: false for release and deploy runs that must finish).';
    if (wf.concurrency) {
        if (bare(wf.concurrency.node)) {
            out.push({
                rule: 'concurrency-limits',
                message: msg('the workflow'),
                help,
                ...wf.concurrency.pos
            });
        }
        return out;
    }
    for (const job of wf.jobs) {
        if (job.uses)
            continue;
        const c = y.get(job.node, 'concurrency');
        if (c && bare(c.value)) {
            out.push({
                rule: 'concurrency-limits',
                message: msg(`job '${job.id}'`),
                help,
                ...y.pos(c.keyNode)
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/dangerous-triggers.js
/**
 * dangerous-triggers (zizmor): `pull_request_target` and `workflow_run` run with the base
 * repository's token and secrets on events an outside contributor starts. One finding per trigger,
 * at the trigger. The pr-target-ban gate is the enforcing control for pull_request_target (with
 * its allowlist and PR-head checkout analysis); this rule is the blanket flag, as zizmor has it.
 */

const DANGEROUS = {
    pull_request_target: 'runs in the base repository with its secrets and a write token for pull requests from forks',
    workflow_run: 'runs with the base repository secrets and token after a workflow that a fork pull request may have started'
};
/** zizmor's one built-in allowance: a single job whose single step is actions/labeler. */
function isLabelerOnly(ctx) {
    const jobs = ctx.wf.jobs;
    if (jobs.length !== 1 || jobs[0].uses || jobs[0].steps.length !== 1)
        return false;
    const u = jobs[0].steps[0].uses;
    if (!u)
        return false;
    const ref = (0,workflows_uses/* parseUses */.Ap)(u.value);
    return (ref.kind === 'repo' &&
        ref.owner.toLowerCase() === 'actions' &&
        ref.repo.toLowerCase() === 'labeler' &&
        !ref.path);
}
function dangerousTriggers(ctx) {
    const out = [];
    for (const t of ctx.wf.triggers) {
        const why = DANGEROUS[t.event];
        if (!why)
            continue;
        if (t.event === 'pull_request_target' && isLabelerOnly(ctx))
            continue;
        out.push({
            rule: 'dangerous-triggers',
            message: `the workflow is triggered by ${t.event}, which ${why}: expected a trigger that runs with the pull request's own, read-only privileges (pull_request), got ${t.event}`,
            help: t.event === 'pull_request_target'
                ? 'Use pull_request; when the workflow must comment or label, split it: a pull_request workflow uploads the result and a separate workflow with a narrow token acts on it without running PR code. The pr-target-ban gate enforces this with a reviewed allowlist.'
                : 'Avoid workflow_run for fork-triggered parents; if you keep it, never check out or run the triggering run\u2019s code or artifacts, treat its outputs as untrusted, and add an exception with the justification.',
            line: t.pos.line,
            column: t.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/uses-sites.js
/**
 * Every `uses:` of a workflow with its parsed reference, computed once per workflow and shared
 * by the rules that read them (forbidden-uses, self-repository, typosquat-uses, the online
 * audits), so the model is walked once however many rules are on.
 */


const cache = new WeakMap();
function usesSites(wf) {
    let sites = cache.get(wf);
    if (!sites) {
        sites = usesOf(wf).map((u) => ({ ...u, ref: (0,workflows_uses/* parseUses */.Ap)(u.str.value) }));
        cache.set(wf, sites);
    }
    return sites;
}
/** The value of `key` in a block or flow mapping node, without building its entry list. */
function keyValue(wf, node, key) {
    const m = wf.yaml.map(node);
    if (!m)
        return undefined;
    for (const item of m.items) {
        const k = wf.yaml.resolve(item.key);
        if (k && 'value' in k && k.value === key) {
            const v = item.value;
            return wf.yaml.resolve(v) ?? v ?? undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/forbidden-uses.js

/** Whether a pattern covers a repository reference (case-insensitive; `owner/repo` is exact). */
function usesPatternMatches(pattern, ref) {
    const p = pattern.toLowerCase();
    const owner = ref.owner.toLowerCase();
    const repo = `${owner}/${ref.repo.toLowerCase()}`;
    const full = ref.path ? `${repo}/${ref.path.toLowerCase()}` : repo;
    if (p === '*')
        return true;
    if (p === `${owner}/*`)
        return true;
    if (p === `${repo}/*`)
        return true;
    return p === full;
}
function forbiddenUses(ctx) {
    const cfg = ctx.policy.b.forbiddenUses;
    if (!cfg)
        return [];
    const out = [];
    for (const u of usesSites(ctx.wf)) {
        const { ref } = u;
        if (ref.kind !== 'repo')
            continue;
        const denied = cfg.allow
            ? !cfg.allow.some((p) => usesPatternMatches(p, ref))
            : (cfg.deny ?? []).some((p) => usesPatternMatches(p, ref));
        if (!denied)
            continue;
        const rule = cfg.allow
            ? `not in rules.forbidden-uses.allow (${cfg.allow.join(', ')})`
            : `matched by rules.forbidden-uses.deny (${cfg.deny.filter((p) => usesPatternMatches(p, ref)).join(', ')})`;
        out.push({
            rule: 'forbidden-uses',
            message: `${u.where}: 'uses: ${ref.raw}' is forbidden by the policy: expected an allowed action, got one ${rule}`,
            help: 'Use an action the policy allows, or change rules.forbidden-uses after review (an exception needs a justification and an expiry).',
            owner: [ref.owner, ref.repo, ...(ref.path ? [ref.path] : [])].join('/'),
            line: u.str.pos.line,
            column: u.str.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/job-timeout.js
function jobTimeout(ctx) {
    const y = ctx.wf.yaml;
    const out = [];
    for (const job of ctx.wf.jobs) {
        if (job.uses)
            continue; // a reusable-workflow call: its jobs set their own
        if (y.get(job.node, 'timeout-minutes'))
            continue;
        out.push({
            rule: 'job-timeout',
            message: `job '${job.id}' sets no timeout-minutes: expected a bound on how long it may run, got GitHub's default of 360 minutes`,
            help: "Add 'timeout-minutes: <n>' to the job, a little above its usual duration (e.g. 15 for tests, 30 for builds).",
            line: job.pos.line,
            column: job.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/misfeature.js
/**
 * misfeature (zizmor): GitHub Actions features that work against the workflow's safety or its
 * review \u2014 `shell: cmd` (its quoting defeats analysis; zizmor's template-injection and ours cannot
 * read it) and `actions/setup-python`'s `pip-install` (packages installed into the system Python
 * outside any lock or virtual environment).
 */



function misfeature(ctx) {
    const y = ctx.wf.yaml;
    const out = [];
    const wfShellNode = (0,types/* valueNode */.I)(ctx, (0,types/* valueNode */.I)(ctx, (0,types/* valueNode */.I)(ctx, y.doc.contents ?? undefined, 'defaults'), 'run'), 'shell');
    for (const job of ctx.wf.jobs) {
        const jobShellNode = (0,types/* valueNode */.I)(ctx, (0,types/* valueNode */.I)(ctx, (0,types/* valueNode */.I)(ctx, job.node, 'defaults'), 'run'), 'shell');
        for (const step of job.steps) {
            if (step.uses) {
                const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
                const pip = step.with.get('pip-install');
                if (ref.kind === 'repo' &&
                    `${ref.owner}/${ref.repo}`.toLowerCase() === 'actions/setup-python' &&
                    pip) {
                    out.push({
                        rule: 'misfeature',
                        message: `${(0,types/* stepLabel */.v)(job, step)}: actions/setup-python installs packages with pip-install: expected packages installed into a virtual environment from a lock file, got a system-wide pip install`,
                        help: 'Drop pip-install and install from a lock file into a virtual environment (python -m venv, uv sync, pip install -r requirements.txt --require-hashes).',
                        line: pip.pos.line,
                        column: pip.pos.column
                    });
                }
                continue;
            }
            if (!step.run)
                continue;
            const stepShell = keyValue(ctx.wf, step.node, 'shell');
            const node = stepShell ?? jobShellNode ?? wfShellNode;
            const shell = y.str(node)?.trim().toLowerCase();
            if (shell !== 'cmd' && shell !== 'cmd.exe')
                continue;
            const pos = node ? y.pos(node) : step.run.pos;
            out.push({
                rule: 'misfeature',
                message: `${(0,types/* stepLabel */.v)(job, step)}: runs its script with shell: cmd: expected bash or pwsh, got the Windows CMD shell, whose quoting no reviewer or linter can follow`,
                help: "Use 'shell: pwsh' (or bash) on Windows runners.",
                line: pos.line,
                column: pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/self-repository.js
/**
 * self-repository (zizmor): an action or reusable workflow of the workflow's own repository is
 * referred to with GitHub's self-repository syntax `$/path`, which always means the commit that
 * runs. `./path` (zizmor's finding) depends on what the job checked out into the workspace; and
 * (ours) `owner/repo/path@ref` naming the repository itself (GITHUB_REPOSITORY) runs another
 * commit of it.
 */

function selfRepository(ctx) {
    const out = [];
    const self = ctx.repository?.toLowerCase();
    for (const u of usesSites(ctx.wf)) {
        const { ref } = u;
        let instead;
        if (ref.kind === 'local')
            instead = `$${ref.raw.slice(1)}`;
        else if (ref.kind === 'repo' && self && `${ref.owner}/${ref.repo}`.toLowerCase() === self)
            instead = `$/${ref.path ?? ''}`;
        if (!instead)
            continue;
        out.push({
            rule: 'self-repository',
            message: `${u.where}: 'uses: ${ref.raw}' refers to this repository ${ref.kind === 'local' ? 'through the workspace' : 'at another ref'}: expected the self-repository form '${instead}', got '${ref.raw}'`,
            help: `Write 'uses: ${instead}': it always runs the action or workflow of the commit that runs, whatever the job checked out.`,
            line: u.str.pos.line,
            column: u.str.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/superfluous-actions.js
/**
 * superfluous-actions (zizmor): third-party actions that wrap what the runner already has (`gh`,
 * `git`, `docker`, `jq`): each is more code with the job's token, for nothing. zizmor's regular-
 * persona list; its pedantic entries (create-pull-request, rust-toolchain, auto-commit \u2026) are not
 * flagged.
 */


const SUPERFLUOUS = new Map([
    ['ncipollo/release-action', '`gh release create`'],
    ['softprops/action-gh-release', '`gh release create`'],
    ['elgohr/github-release-action', '`gh release create`'],
    ['dacbd/create-issue-action', '`gh issue create`'],
    ['actions-ecosystem/action-add-labels', '`gh issue edit --add-label` / `gh pr edit --add-label`'],
    [
        'actions-ecosystem/action-remove-labels',
        '`gh issue edit --remove-label` / `gh pr edit --remove-label`'
    ],
    ['svenstaro/upload-release-action', '`gh release create` and `gh release upload`'],
    ['addnab/docker-run-action', '`docker run` (or a container step)'],
    ['sergeysova/jq-action', '`jq`']
]);
function superfluousActions(ctx) {
    const out = [];
    for (const job of ctx.wf.jobs) {
        for (const step of job.steps) {
            if (!step.uses)
                continue;
            const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
            if (ref.kind !== 'repo')
                continue;
            const instead = SUPERFLUOUS.get(`${ref.owner}/${ref.repo}`.toLowerCase());
            if (!instead)
                continue;
            out.push({
                rule: 'superfluous-actions',
                message: `${(0,types/* stepLabel */.v)(job, step)}: ${ref.owner}/${ref.repo} does what the runner's tools already do: expected ${instead} in a run: step, got a third-party action holding the job's token`,
                help: `Replace the step with ${instead} in a run: step (GITHUB_TOKEN in env as GH_TOKEN for gh).`,
                owner: `${ref.owner}/${ref.repo}`,
                line: step.uses.pos.line,
                column: step.uses.pos.column
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/typosquat-uses.js
/**
 * typosquat-uses (zizmor): an `owner/repo` one slip away from a popular action \u2014 a character
 * left out, a neighbouring key hit instead, or two words of the name swapped \u2014 under another
 * owner. Such names are registered to catch mistyped `uses:` lines.
 */

/** Widely used actions (the names typosquatters imitate). */
const POPULAR = [
    '8398a7/action-slack',
    'actions/cache',
    'actions/checkout',
    'actions/configure-pages',
    'actions/create-github-app-token',
    'actions/dependency-review-action',
    'actions/deploy-pages',
    'actions/download-artifact',
    'actions/github-script',
    'actions/labeler',
    'actions/setup-dotnet',
    'actions/setup-go',
    'actions/setup-java',
    'actions/setup-node',
    'actions/setup-python',
    'actions/stale',
    'actions/upload-artifact',
    'actions/upload-pages-artifact',
    'astral-sh/setup-uv',
    'aws-actions/configure-aws-credentials',
    'azure/login',
    'codecov/codecov-action',
    'dependabot/fetch-metadata',
    'docker/build-push-action',
    'docker/login-action',
    'docker/metadata-action',
    'docker/setup-buildx-action',
    'docker/setup-qemu-action',
    'dorny/paths-filter',
    'dtolnay/rust-toolchain',
    'github/codeql-action',
    'google-github-actions/auth',
    'google-github-actions/setup-gcloud',
    'goreleaser/goreleaser-action',
    'gradle/actions',
    'hashicorp/setup-terraform',
    'jamesives/github-pages-deploy-action',
    'mikefarah/yq',
    'ncipollo/release-action',
    'peaceiris/actions-gh-pages',
    'peter-evans/create-pull-request',
    'pnpm/action-setup',
    'pre-commit/action',
    'pypa/gh-action-pypi-publish',
    'release-drafter/release-drafter',
    'ruby/setup-ruby',
    'shivammathur/setup-php',
    'slackapi/slack-github-action',
    'softprops/action-gh-release',
    'step-security/harden-runner',
    'styfle/cancel-workflow-action',
    'swatinem/rust-cache',
    'tj-actions/changed-files'
];
/** Keys next to each key on a QWERTY keyboard, and look-alikes. */
const NEAR = {
    '1': ['2', 'q', 'i', 'l'],
    '2': ['1', 'q', 'w', '3'],
    '3': ['2', 'w', 'e', '4'],
    '4': ['3', 'e', 'r', '5'],
    '5': ['4', 'r', 't', '6', 's'],
    '6': ['5', 't', 'y', '7'],
    '7': ['6', 'y', 'u', '8'],
    '8': ['7', 'u', 'i', '9'],
    '9': ['8', 'i', 'o', '0'],
    '0': ['9', 'o', 'p', '-'],
    '-': ['_', '0', 'p', '.', ''],
    _: ['-', '0', 'p', '.', ''],
    q: ['1', '2', 'w', 'a'],
    w: ['2', '3', 'e', 's', 'a', 'q', 'vv'],
    e: ['3', '4', 'r', 'd', 's', 'w'],
    r: ['4', '5', 't', 'f', 'd', 'e'],
    t: ['5', '6', 'y', 'g', 'f', 'r'],
    y: ['6', '7', 'u', 'h', 't', 'i'],
    u: ['7', '8', 'i', 'j', 'y', 'v'],
    i: ['1', '8', '9', 'o', 'l', 'k', 'j', 'u', 'y'],
    o: ['9', '0', 'p', 'l', 'i'],
    p: ['0', '-', 'o'],
    a: ['q', 'w', 's', 'z'],
    s: ['w', 'd', 'x', 'z', 'a', '5'],
    d: ['e', 'r', 'f', 'c', 'x', 's'],
    f: ['r', 'g', 'v', 'c', 'd'],
    g: ['t', 'h', 'b', 'v', 'f'],
    h: ['y', 'j', 'n', 'b', 'g'],
    j: ['u', 'i', 'k', 'm', 'n', 'h'],
    k: ['i', 'o', 'l', 'm', 'j'],
    l: ['i', 'o', 'p', 'k', '1'],
    z: ['a', 's', 'x'],
    x: ['z', 's', 'd', 'c'],
    c: ['x', 'd', 'f', 'v'],
    v: ['c', 'f', 'g', 'b', 'u'],
    b: ['v', 'g', 'h', 'n'],
    n: ['b', 'h', 'j', 'm'],
    m: ['n', 'j', 'k', 'rn'],
    '.': ['-', '_', ''],
    '/': ['-', '_']
};
/** Each popular name's word-swapped forms (words split at - _ /, separators kept), made once. */
let wordSwaps;
function wordSwapsOf(p) {
    wordSwaps ??= new Map();
    let out = wordSwaps.get(p);
    if (!out) {
        out = [];
        const parts = p.split(/([-_/])/);
        for (let i = 0; i + 2 < parts.length; i += 2) {
            const s = [...parts];
            [s[i], s[i + 2]] = [s[i + 2], s[i]];
            out.push({ variant: s.join(''), how: `swaps '${parts[i]}' and '${parts[i + 2]}'` });
        }
        wordSwaps.set(p, out);
    }
    return out;
}
/**
 * The slip that makes `s` out of `p`, if one does, the first in this order: at each position
 * from the left a character left out, repeated, swapped with the next, or replaced by a key near
 * it (in NEAR's order); then two neighbouring words swapped. Found by comparing `s` with `p`
 * from both ends (`pre` and `suf` characters agree): no variant of `p` is made.
 */
function slipOf(s, p) {
    const m = s.length;
    const n = p.length;
    if (m < n - 1 || m > n + 1)
        return undefined;
    const most = Math.min(m, n);
    let pre = 0;
    while (pre < most && s.charCodeAt(pre) === p.charCodeAt(pre))
        pre++;
    let suf = 0;
    while (suf < most && s.charCodeAt(m - 1 - suf) === p.charCodeAt(n - 1 - suf))
        suf++;
    // A slip at position i leaves the characters before it alone: none can lie past `pre`.
    for (let i = 0; i <= pre && i < n; i++) {
        const c = p[i];
        if (m === n - 1 && suf >= n - 1 - i)
            return `leaves out '${c}'`;
        if (m === n + 1 && pre >= i + 1 && suf >= n - i)
            return `repeats '${c}'`;
        if (m === n && i + 1 < n && s[i] === p[i + 1] && s[i + 1] === c && suf >= n - i - 2)
            return `swaps '${c}${p[i + 1]}'`;
        for (const t of NEAR[c] ?? []) {
            if (m === n - 1 + t.length && suf >= n - 1 - i && s.startsWith(t, i))
                return `has '${t}' for '${c}'`;
        }
    }
    if (m === n)
        for (const w of wordSwapsOf(p))
            if (w.variant === s)
                return w.how;
    return undefined;
}
/**
 * The popular action `slug` (an owner/repo, lower case) is one slip away from, the first in
 * POPULAR's order; undefined for a popular name itself and for anything else.
 */
function lookalikeOf(slug) {
    if (!/^[^/]+\/[^/]+$/.test(slug))
        return undefined;
    for (const p of POPULAR) {
        if (slug === p)
            continue;
        const how = slipOf(slug, p);
        if (how !== undefined)
            return { popular: p, how };
    }
    return undefined;
}
/** The popular names (for tests: the variants they are checked against are made from these). */
const POPULAR_ACTIONS = (/* unused pure expression or super */ null && (POPULAR));
/** The near keys of each character, in the order they are tried. */
const NEAR_KEYS = (/* unused pure expression or super */ null && (NEAR));
function typosquatUses(ctx) {
    const out = [];
    for (const u of usesSites(ctx.wf)) {
        const { ref } = u;
        if (ref.kind !== 'repo')
            continue;
        const slug = `${ref.owner}/${ref.repo}`.toLowerCase();
        const hit = lookalikeOf(slug);
        // The popular action's own owner may name its repositories as it likes.
        if (!hit || hit.popular.split('/')[0] === ref.owner.toLowerCase())
            continue;
        out.push({
            rule: 'typosquat-uses',
            message: `${u.where}: '${ref.owner}/${ref.repo}' looks like a typo of the popular action ${hit.popular} (it ${hit.how}): expected ${hit.popular}, got a lookalike under another owner`,
            help: `Check the name: if you meant ${hit.popular}, fix the uses: line; if this really is the action you want, add an exception for its owner with the reason.`,
            owner: `${ref.owner}/${ref.repo}`,
            line: u.str.pos.line,
            column: u.str.pos.column
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/undocumented-permissions.js

function documented(ctx, pos) {
    const lines = (n) => ctx.source.line(n);
    const own = lines(pos.line);
    if (/\s#\s*\S{3,}/.test(own.slice(pos.column)))
        return true;
    const above = pos.line > 1 ? lines(pos.line - 1) : '';
    return /^\s*#\s*\S{3,}/.test(above);
}
function undocumentedPermissions(ctx) {
    const out = [];
    const check = (where, p) => {
        if (!p)
            return;
        const b = readPermissions(ctx, p.node, p.pos);
        if (b.kind !== 'scopes')
            return;
        const undocumented = [...b.scopes]
            .filter(([scope, v]) => !(scope === 'contents' && v.value === 'read'))
            .filter(([, v]) => !documented(ctx, v.pos));
        const missing = undocumented.map(([scope, v]) => `${scope}: ${v.value}`);
        if (!missing.length)
            return;
        // One finding per block, at the first scope without one (as zizmor), naming every scope without a comment.
        out.push({
            rule: 'undocumented-permissions',
            message: `${where}: ${missing.length === 1 ? 'permission' : 'permissions'} ${missing.map((m) => `'${m}'`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no comment saying why: expected '# <what needs it>' on each line, got none`,
            help: `Say what needs each scope: '${missing[0]} # <the step or action that uses it>'.`,
            line: undocumented[0][1].pos.line,
            column: undocumented[0][1].pos.column
        });
    };
    check('workflow', ctx.wf.permissions);
    for (const job of ctx.wf.jobs)
        check(`job '${job.id}'`, job.permissions);
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/use-trusted-publishing.js
/**
 * use-trusted-publishing (zizmor): publishing to PyPI, RubyGems, npm, crates.io or NuGet with a
 * long-lived token where the registry accepts the job's OIDC identity (Trusted Publishing).
 * Publisher actions configured with a token, and publish commands in `run:` of jobs that cannot
 * mint an OIDC token (no `id-token: write`): a job that can, most likely publishes with it.
 */





const PYPI = ['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/'];
const RUBYGEMS = ['https://rubygems.org'];
const NPMJS = ['https://registry.npmjs.org', 'https://registry.npmjs.org/'];
const given = (w, k) => w.get(k)?.value.trim();
/** An input that is unset or names a registry that supports Trusted Publishing. */
const tpIndex = (w, k, known) => {
    const v = given(w, k);
    return v === undefined || v === '' || known.includes(v);
};
const use_trusted_publishing_truthy = (v) => v !== undefined && /^true$/i.test(v);
/** Publisher actions with the input that carries the manual credential. */
const ACTIONS = [
    {
        action: 'pypa/gh-action-pypi-publish',
        input: 'password',
        manual: (w) => Boolean(given(w, 'password')) &&
            tpIndex(w, 'repository-url', PYPI) &&
            tpIndex(w, 'repository_url', PYPI)
    },
    {
        action: 'rubygems/release-gem',
        input: 'setup-trusted-publisher',
        manual: (w) => given(w, 'setup-trusted-publisher') !== undefined &&
            !use_trusted_publishing_truthy(given(w, 'setup-trusted-publisher'))
    },
    {
        action: 'rubygems/configure-rubygems-credentials',
        input: 'api-token',
        manual: (w) => Boolean(given(w, 'api-token')) && tpIndex(w, 'gem-server', RUBYGEMS)
    },
    {
        action: 'actions/setup-node',
        input: 'always-auth',
        // As zizmor: an unset registry-url is npmjs (setup-node's default).
        manual: (w) => tpIndex(w, 'registry-url', NPMJS) && use_trusted_publishing_truthy(given(w, 'always-auth'))
    }
];
const has = (args, ...words) => words.every((w) => args.includes(w));
const none = (args, ...words) => !words.some((w) => args.includes(w));
/** Whether a command (its first word and arguments) publishes a package. */
function isPublishCommand(cmd, args) {
    const base = cmd.replace(/^.*\//, '');
    switch (base) {
        case 'cargo':
            return has(args, 'publish') && none(args, '--dry-run', '-n');
        case 'uv': {
            const i = args.findIndex((a) => a === 'publish' || a === 'run');
            if (i < 0)
                return false;
            if (args[i] === 'publish')
                return none(args.slice(i), '--dry-run');
            return args.slice(i).includes('twine') && args.slice(i).includes('upload');
        }
        case 'uvx':
            return args.some((a) => a.startsWith('twine')) && has(args, 'upload');
        case 'hatch':
        case 'pdm':
            return has(args, 'publish');
        case 'poetry':
        case 'npm':
        case 'pnpm':
        case 'bun':
            return has(args, 'publish') && none(args, '--dry-run');
        case 'twine':
            return has(args, 'upload');
        case 'pipx':
            return has(args, 'run') && args.some((a) => a.startsWith('twine')) && has(args, 'upload');
        case 'gem':
            return has(args, 'push');
        case 'bundle':
            return has(args, 'exec', 'gem', 'push');
        case 'yarn': {
            const i = args.findIndex((a) => a === 'publish' || a === 'npm');
            if (i < 0)
                return false;
            if (args[i] === 'publish')
                return true;
            return args.slice(i).includes('publish') && none(args, '--dry-run', '-n');
        }
        case 'bunx':
            return (args.some((a) => a === 'npm' || a.startsWith('npm@')) &&
                has(args, 'publish') &&
                none(args, '--dry-run'));
        case 'nuget':
        case 'nuget.exe':
            return has(args, 'push');
        case 'dotnet':
            return has(args, 'nuget', 'push');
        default:
            return /^python[0-9.]*$/.test(base) && has(args, '-m', 'twine', 'upload');
    }
}
/** The job can mint an OIDC token: `id-token: write` (or write-all) on the job, else the workflow. */
function hasIdToken(ctx, job) {
    const p = job.permissions ?? ctx.wf.permissions;
    if (!p)
        return false;
    const b = readPermissions(ctx, p.node, p.pos);
    if (b.kind === 'all')
        return b.value === 'write-all';
    return b.kind === 'scopes' && b.scopes.get('id-token')?.value === 'write';
}
const WORD = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PUBLISH_WORD = /\b(publish|upload|push)\b/;
const PUBLISH_TOOL = /\b(npm|pnpm|yarn|bunx?|cargo|twine|uvx?|poetry|hatch|pdm|gem|bundle|nuget(\.exe)?|dotnet|pipx|python[0-9.]*)\b/;
/** Publish commands of a `run:` script, each with its offset in the file (when the source shows it). */
function publishCommands(ctx, job, step) {
    const shell = shellOf(ctx, job, step);
    if (/^(cmd|python)/.test(shell))
        return [];
    const { text: src, start } = ctx.source.slice(step.run.node);
    const out = [];
    let cursor = 0;
    // PowerShell continues a line with a backtick at its end where POSIX shells use a backslash.
    const script = /^(pwsh|powershell)$/.test(shell)
        ? step.run.value.replace(/`[ \t]*\r?\n/g, ' ')
        : step.run.value;
    for (const c of shellCommands(script)) {
        let words = c.words;
        while (words.length && (WORD.test(words[0]) || words[0] === 'sudo' || words[0] === 'env'))
            words = words.slice(1);
        if (!words.length)
            continue;
        // Commands come in order: find each one's first word after the previous one.
        const found = src.indexOf(words[0], cursor);
        if (found >= 0)
            cursor =
                found + Math.max(words[0].length, c.text.length - Math.max(0, c.text.indexOf(words[0])));
        if (isPublishCommand(words[0], words.slice(1)))
            out.push({ text: c.text.trim(), at: found >= 0 ? start + found : undefined });
    }
    return out;
}
function useTrustedPublishing(ctx) {
    const out = [];
    const help = 'Configure Trusted Publishing on the registry for this repository and workflow, grant the job id-token: write, and drop the token (PyPI, RubyGems, npm, crates.io and NuGet accept the OIDC identity).';
    for (const job of ctx.wf.jobs) {
        let idToken;
        for (const step of job.steps) {
            if (step.uses) {
                const ref = (0,workflows_uses/* parseUses */.Ap)(step.uses.value);
                if (ref.kind !== 'repo')
                    continue;
                const slug = `${ref.owner}/${ref.repo}`.toLowerCase();
                const a = ACTIONS.find((x) => x.action === slug && !ref.path);
                if (!a || !a.manual(step.with))
                    continue;
                const at = step.uses.pos;
                out.push({
                    rule: 'use-trusted-publishing',
                    message: `${(0,types/* stepLabel */.v)(job, step)}: ${a.action} publishes with a manually configured credential (${a.input}): expected Trusted Publishing (OIDC), got a long-lived token`,
                    help,
                    line: at.line,
                    column: at.column
                });
            }
            else if (step.run) {
                // Most scripts publish nothing: only those naming a publishing verb are read as shell.
                if (!PUBLISH_WORD.test(step.run.value) || !PUBLISH_TOOL.test(step.run.value))
                    continue;
                const cmds = publishCommands(ctx, job, step);
                if (!cmds.length)
                    continue;
                idToken ??= hasIdToken(ctx, job);
                if (idToken)
                    continue;
                for (const { text: cmd, at } of cmds) {
                    const pos = at === undefined ? step.run.pos : ctx.source.posAt(at);
                    out.push({
                        rule: 'use-trusted-publishing',
                        message: `${(0,types/* stepLabel */.v)(job, step)}: '${cmd.slice(0, 80)}' publishes from a job without id-token: write: expected Trusted Publishing (OIDC), got a publish that needs a long-lived token`,
                        help,
                        line: pos.line,
                        column: pos.column
                    });
                }
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-zizmor-b.js











/** Decided across files or over the network after the per-file pass (see index.ts). */
const LATER = () => [];
const RULE_CHECKS_B = {
    'dangerous-triggers': dangerousTriggers,
    'use-trusted-publishing': useTrustedPublishing,
    'job-timeout': jobTimeout,
    'dependabot-cooldown': LATER,
    'dependabot-execution': LATER,
    'anonymous-definition': anonymousDefinition,
    'concurrency-limits': concurrencyLimits,
    misfeature: misfeature,
    'ref-version-mismatch': LATER,
    'undocumented-permissions': undocumentedPermissions,
    'forbidden-uses': forbiddenUses,
    'self-repository': selfRepository,
    'superfluous-actions': superfluousActions,
    'typosquat-uses': typosquatUses,
    'impostor-commit': LATER,
    'known-vulnerable-actions': LATER,
    'stale-action-refs': LATER,
    'archived-uses': LATER,
    'ref-confusion': LATER
};

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/check-workflow.js









const RULE_CHECKS = {
    'pinned-uses': pinnedUses,
    permissions: permissions,
    'template-injection': template_injection/* templateInjection */.kz,
    'secrets-inherit': secretsInherit,
    'static-secrets': staticSecrets,
    concurrency: concurrency,
    'persist-credentials': persistCredentials,
    ...ZIZMOR_A_CHECKS,
    ...RULE_CHECKS_B
};
/** The rules in their order of checking, listed once (not once per file). */
const RULE_LIST = Object.entries(RULE_CHECKS);
function checkWorkflow(wf, source, policy, options = {}) {
    const ctx = {
        wf,
        source,
        policy,
        repoOwner: options.repoOwner,
        repository: options.repository,
        pins: options.pins ?? new Map(),
        sensitive: []
    };
    const findings = [];
    for (const [name, rule] of RULE_LIST) {
        // Permissions also fills the evidence list, so it runs even when its findings are off.
        if (policy.levels[name] === 'off' && name !== 'permissions')
            continue;
        const found = rule(ctx);
        if (policy.levels[name] !== 'off')
            findings.push(...found);
    }
    return { findings, sensitive: ctx.sensitive };
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/dependabot.js
/**
 * `.github/dependabot.yml` (or `.yaml`), read when present with the same strict YAML as workflows
 * (one document, unique keys, no merge keys), for zizmor's two Dependabot audits:
 * dependabot-execution (`insecure-external-code-execution: allow` lets a dependency's build code
 * run with the update's registry credentials) and dependabot-cooldown (no or too short a
 * `cooldown.default-days`, so a freshly published \u2014 possibly compromised \u2014 release is proposed at
 * once). Two files, or one that is not the configuration Dependabot reads, cannot be decided.
 */






const DEPENDABOT_FILES = ['.github/dependabot.yml', '.github/dependabot.yaml'];
const MAX_BYTES = 1024 * 1024;
function present(root, rel) {
    try {
        (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, rel));
        return true;
    }
    catch {
        return false;
    }
}
function intOf(y, node) {
    const n = y.resolve(node);
    return n && (0,yaml_nodes/* isScalar */.jn)(n) && typeof n.value === 'number' && Number.isInteger(n.value)
        ? n.value
        : undefined;
}
/** Read and check the Dependabot configuration under `root`. */
function checkDependabot(root, minDays) {
    const found = DEPENDABOT_FILES.filter((f) => present(root, f));
    if (!found.length)
        return { kind: 'absent' };
    const file = found[0];
    const bad = (message, pos = { line: 1, column: 1 }) => ({
        kind: 'invalid',
        file,
        message,
        pos
    });
    if (found.length > 1)
        return bad(`both ${found.join(' and ')} exist: Dependabot reads one configuration; delete the other`);
    let text;
    try {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file)))
            return bad(`${file} is a dangling symlink`);
        text = readWorkspaceText(root, (0,external_node_path_.join)(root, file), MAX_BYTES, 'Dependabot configuration');
    }
    catch (err) {
        return bad((0,core_errors/* errorMessage */.gJ)(err));
    }
    const parsed = parseYaml(file, text);
    if (!parsed.ok)
        return bad(parsed.problem.message, parsed.problem);
    const y = parsed.yaml;
    const findings = [];
    try {
        const root = y.map(y.doc.contents);
        if (!root)
            return bad(`${file} is not a YAML mapping`);
        const version = y.str(y.get(root, 'version')?.value);
        if (version !== '2')
            return bad(`${file}: expected version: 2, got ${version ?? 'none'}`, y.pos(root));
        const updatesEntry = y.get(root, 'updates');
        const updates = y.seq(updatesEntry?.value);
        if (!updates)
            return bad(`${file}: expected 'updates:' to be a list of updates`, y.pos(updatesEntry?.keyNode ?? root));
        for (const [i, raw] of updates.entries()) {
            const u = y.map(raw);
            if (!u)
                return bad(`${file}: updates[${i}] is not a mapping`, y.pos(raw));
            const eco = y.str(y.get(u, 'package-ecosystem')?.value) ?? '?';
            const dir = y.str(y.get(u, 'directory')?.value) ??
                y.text(y.get(u, 'directories')?.value).replace(/\n/g, ', ');
            const what = `update '${eco}' (${dir || '?'})`;
            const exec = y.get(u, 'insecure-external-code-execution');
            if (exec) {
                const v = y.str(exec.value);
                if (v !== 'allow' && v !== 'deny')
                    return bad(`${file}: ${what}: insecure-external-code-execution must be allow or deny, got ${v ?? 'nothing'}`, y.pos(exec.value ?? exec.keyNode));
                if (v === 'allow') {
                    findings.push({
                        rule: 'dependabot-execution',
                        message: `${what} allows insecure-external-code-execution: expected deny (the default), got allow, so the dependencies' own build code runs with the update's registry credentials`,
                        help: "Remove 'insecure-external-code-execution: allow' (or set deny); vendor or pin what needs code execution instead.",
                        ...y.pos(exec.keyNode)
                    });
                }
            }
            const cooldown = y.get(u, 'cooldown');
            const daysEntry = cooldown ? y.get(cooldown.value, 'default-days') : undefined;
            if (cooldown && !y.map(cooldown.value))
                return bad(`${file}: ${what}: cooldown must be a mapping`, y.pos(cooldown.value ?? cooldown.keyNode));
            const days = daysEntry ? intOf(y, daysEntry.value) : undefined;
            if (daysEntry && (days === undefined || days < 0))
                return bad(`${file}: ${what}: cooldown.default-days must be a whole number of days`, y.pos(daysEntry.value ?? daysEntry.keyNode));
            // Without default-days, Dependabot waits no extra time (zizmor counts it as 3 days).
            const effective = days ?? 0;
            if (effective >= minDays)
                continue;
            const at = daysEntry
                ? y.pos(daysEntry.keyNode)
                : cooldown
                    ? y.pos(cooldown.keyNode)
                    : y.pos(raw);
            findings.push({
                rule: 'dependabot-cooldown',
                message: `${what} ${daysEntry ? `waits cooldown.default-days: ${days}` : cooldown ? 'has a cooldown without default-days' : 'has no cooldown'}: expected a cooldown of at least ${minDays} days before a new release is proposed, got ${effective}`,
                help: `Add 'cooldown: { default-days: ${minDays} }' to the update: a compromised release is usually found and yanked within days.`,
                ...at
            });
        }
        return { kind: 'checked', file, findings, updates: updates.length };
    }
    catch (err) {
        return bad((0,core_errors/* errorMessage */.gJ)(err));
    }
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/online/checks.js
var checks = __nccwpck_require__(4556);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/version-pins.js
/**
 * The `uses: owner/repo@<commit> # <tag>` sites of a scan, grouped by action, tag and commit, for
 * the cross-file check that a version is pinned to one commit (`ref-version-mismatch`).
 *
 * They are held until every file is read, so their memory grows with the scan: a site is a row of
 * integers (its file, label, target as written, line, column, the next site of its group) and
 * each distinct text is held once. As objects, the sites of 16 copies of the corpus took about
 * 100 bytes each; a row takes 24.
 */

const version_pins_FILE = 0;
const WHERE = 1;
const version_pins_TARGET = 2;
const version_pins_LINE = 3;
const version_pins_COLUMN = 4;
const NEXT = 5;
const version_pins_WIDTH = 6;
const NONE = -1;
function rowInt(what, n) {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
        throw new RangeError(`a pinned site's ${what} is ${n}: expected an integer from 0 to 2^31-1`);
    }
    return n;
}
class VersionPins {
    texts = [];
    ids = new Map();
    rows = new Int32Array(version_pins_WIDTH * 64);
    count = 0;
    /** action (lower-cased) \u2192 tag \u2192 commit (lower-cased) \u2192 its sites, in the order added. */
    groups = new Map();
    /** How many sites were added. */
    get size() {
        return this.count;
    }
    /** Record a site of `target` pinned to `commit` with the comment `tag`. */
    add(site, tag, commit) {
        const line = rowInt('line', site.line);
        const column = rowInt('column', site.column);
        const row = this.count++;
        if (this.rows.length < this.count * version_pins_WIDTH) {
            const grown = new Int32Array(this.rows.length * 2);
            grown.set(this.rows);
            this.rows = grown;
        }
        const at = row * version_pins_WIDTH;
        this.rows[at + version_pins_FILE] = this.id(site.file);
        this.rows[at + WHERE] = this.id(site.where);
        this.rows[at + version_pins_TARGET] = this.id(site.target);
        this.rows[at + version_pins_LINE] = line;
        this.rows[at + version_pins_COLUMN] = column;
        this.rows[at + NEXT] = NONE;
        const action = site.target.toLowerCase();
        let byTag = this.groups.get(action);
        if (!byTag)
            this.groups.set((0,detach/* sharedText */.b)(action), (byTag = new Map()));
        let byCommit = byTag.get(tag);
        if (!byCommit)
            byTag.set((0,detach/* sharedText */.b)(tag), (byCommit = new Map()));
        const sha = commit.toLowerCase();
        const group = byCommit.get(sha);
        if (group) {
            this.rows[group.last * version_pins_WIDTH + NEXT] = row;
            group.last = row;
        }
        else {
            byCommit.set((0,detach/* sharedText */.b)(sha), { first: row, last: row });
        }
    }
    /**
     * Every site of a tag pinned to more than one commit: by action, tag and commit in the order
     * first met, and the sites of a commit in the order added.
     */
    *conflicts() {
        for (const [action, byTag] of this.groups) {
            for (const [tag, byCommit] of byTag) {
                if (byCommit.size < 2)
                    continue;
                const commits = [...byCommit.keys()];
                for (const [commit, group] of byCommit) {
                    for (let row = group.first; row !== NONE; row = this.rows[row * version_pins_WIDTH + NEXT]) {
                        yield { action, tag, commits, commit, site: this.site(row) };
                    }
                }
            }
        }
    }
    site(row) {
        const at = row * version_pins_WIDTH;
        const r = this.rows;
        return {
            file: this.texts[r[at + version_pins_FILE]],
            where: this.texts[r[at + WHERE]],
            target: this.texts[r[at + version_pins_TARGET]],
            line: r[at + version_pins_LINE],
            column: r[at + version_pins_COLUMN]
        };
    }
    id(text) {
        let id = this.ids.get(text);
        if (id === undefined) {
            const own = (0,detach/* sharedText */.b)(text);
            id = this.texts.push(own) - 1;
            this.ids.set(own, id);
        }
        return id;
    }
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/extras-zizmor-b.js
/**
 * What the zizmor-derived rules add around the per-file pass: the Dependabot configuration, the
 * cross-file half of ref-version-mismatch, the online audits (input `online`), and the fixes
 * (`fix-diff` shows them as a unified patch, `fix` writes them). Kept apart from index.ts so the
 * gate's main loop stays one read, one parse and one check per file.
 */












function readOptionsB(inputs, env) {
    const given = inputs.string('github-token');
    const token = (given && !given.startsWith('${{') ? given : undefined) ||
        env.GITHUB_TOKEN ||
        env.GH_TOKEN ||
        undefined;
    return {
        online: inputs.boolean('online'),
        token,
        timeoutMs: inputs.duration('online-timeout') ?? 30_000,
        fix: inputs.boolean('fix'),
        fixDiff: inputs.boolean('fix-diff')
    };
}
class ExtrasB {
    o;
    policy;
    ctx;
    evidence;
    sites = [];
    /** The commits each action's tags are pinned to, and where (the cross-file mismatch). */
    versionPins = new VersionPins();
    fileFixes = [];
    pending = [];
    facts;
    /** The fix modules, loaded (`import()`) only by a run that asks for fixes. */
    fixMods;
    /**
     * The online audits, the GitHub client and the fixers are loaded only when the run uses them
     * (`online`, `fix`, `fix-diff`): an offline check-only run never compiles them.
     */
    static async create(o, policy, ctx) {
        const x = new ExtrasB(o, policy, ctx);
        if (o.online) {
            const [{ GitHubClient }, { RepoFacts }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 651).then(__nccwpck_require__.bind(__nccwpck_require__, 651)),
                Promise.all(/* import() */[__nccwpck_require__.e(651), __nccwpck_require__.e(260)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1260))
            ]);
            x.facts = new RepoFacts(new GitHubClient({
                token: o.token,
                apiUrl: ctx.env.GITHUB_API_URL,
                userAgent: 'ci-intel-hub workflow-policy',
                timeoutMs: o.timeoutMs,
                deadline: Date.now() + 10 * 60_000,
                retries: 2,
                retryBaseMs: 300,
                log: (m) => ctx.log?.(m)
            }));
        }
        return x;
    }
    constructor(o, policy, ctx) {
        this.o = o;
        this.policy = policy;
        this.ctx = ctx;
        this.evidence = {
            online: { requested: o.online, audits: {}, repositories: 0, errors: [] },
            dependabot: { file: null, updates: 0 },
            fixes: { requested: o.fix ? 'apply' : o.fixDiff ? 'diff' : 'none', files: [], unfixable: 0 }
        };
        for (const r of checks/* ONLINE_CHECKS */.M)
            if (policy.levels[r] !== 'off')
                this.evidence.online.audits[r] = o.online ? 'run' : 'not run';
    }
    get wantsFixes() {
        return this.o.fix || this.o.fixDiff;
    }
    /** Record the `uses:` of a checked file (online audits, pins); compute its fixes. */
    async onFile(wf, source, pins, pairs) {
        for (const u of usesSites(wf)) {
            const { ref } = u;
            if (ref.kind !== 'repo' || !ref.ref)
                continue;
            const isSha = (0,workflows_uses/* isFullSha */.Wf)(ref.ref);
            const commentTag = isSha ? tagFromComment(source.trailingComment(u.node)) : undefined;
            // Offline, a site is kept only for the cross-file pin check; nothing else reads it later.
            if (!this.facts && !commentTag)
                continue;
            if (this.facts) {
                // Kept until every file is read: own copies, not views of this file's text, and one
                // copy of each (the same action, version and step label recur across a repository's
                // files).
                this.sites.push({
                    file: wf.file,
                    where: (0,detach/* sharedText */.b)(u.where),
                    slug: (0,detach/* sharedText */.b)(`${ref.owner}/${ref.repo}`),
                    target: (0,detach/* sharedText */.b)((0,workflows_uses/* usesTarget */.OW)(ref)),
                    ref: (0,detach/* sharedText */.b)(ref.ref),
                    isSha,
                    commentTag: (0,detach/* sharedText */.b)(commentTag),
                    line: u.str.pos.line,
                    column: u.str.pos.column
                });
            }
            if (isSha && commentTag) {
                const site = {
                    file: wf.file,
                    where: u.where,
                    target: (0,workflows_uses/* usesTarget */.OW)(ref),
                    line: u.str.pos.line,
                    column: u.str.pos.column
                };
                this.versionPins.add(site, commentTag, ref.ref);
            }
        }
        if (this.wantsFixes)
            this.pending.push({ wf, source, pins, pairs });
    }
    /** Fixes are computed once every file is read, so a pin in any workflow can fix the others. */
    async computeFixes(p) {
        const { wf, source, pins, pairs } = p;
        const { fixers, tags: tagNames } = this.fixMods;
        const { fixesFor } = fixers;
        const { longestTagFor } = tagNames;
        const resolve = async (target, tag) => {
            const known = pins.get(target.toLowerCase())?.get(tag);
            if (known)
                return { sha: known, version: tag };
            if (!this.facts)
                return undefined;
            const slug = target.split('/').slice(0, 2).join('/');
            const tags = await this.facts.tags(slug);
            const t = tags.find((x) => x.name === tag);
            return t ? { sha: t.sha, version: longestTagFor(tags, t.sha) ?? tag } : undefined;
        };
        let fixes;
        try {
            fixes = await fixesFor(wf, source, pairs.map((p) => p.raw), resolve);
        }
        catch (err) {
            this.evidence.online.errors.push({
                file: wf.file,
                line: 1,
                message: `fix: ${(0,core_errors/* errorMessage */.gJ)(err)}`
            });
            return;
        }
        const ff = { file: wf.file, text: source.text, edits: [] };
        pairs.forEach((p, i) => {
            const e = fixes[i];
            if (e && e.length)
                ff.edits.push({ edits: e, finding: p.finding });
            else if (e === undefined &&
                ['pinned-uses', 'persist-credentials', 'template-injection'].includes(p.raw.rule))
                this.evidence.fixes.unfixable++;
        });
        if (ff.edits.length)
            this.fileFixes.push(ff);
    }
    /**
     * After every file: Dependabot, the cross-file version mismatch, the online audits and the
     * fixes. Returns the findings to add and whether something could not be decided.
     */
    async finish(used, reported) {
        const out = [];
        const undecided = [];
        const levels = this.policy.levels;
        const on = (r) => levels[r] !== 'off';
        if (on('dependabot-cooldown') || on('dependabot-execution')) {
            const d = await withYamlLibrary(() => checkDependabot(this.ctx.workspace, this.policy.b.cooldownDays));
            if (d.kind === 'invalid') {
                this.evidence.dependabot.file = d.file;
                undecided.push({ file: d.file, ...d.pos, message: d.message });
            }
            else if (d.kind === 'checked') {
                Object.assign(this.evidence.dependabot, { file: d.file, updates: d.updates });
                out.push(...applyPolicy(d.file, d.findings, this.policy, used));
            }
        }
        if (on('ref-version-mismatch')) {
            for (const { action, tag, commits, commit, site: s } of this.versionPins.conflicts()) {
                const others = commits.filter((x) => x !== commit).map((x) => x.slice(0, 12));
                const raw = {
                    rule: 'ref-version-mismatch',
                    message: `${s.where}: '${action}@${commit.slice(0, 12)}\u2026 # ${tag}' names ${tag}, which other workflows pin as ${others.join(', ')}: expected one commit per version, got ${commits.length}`,
                    help: `At most one of them is ${tag}; check the tag's commit (online: true checks it against GitHub) and correct the pin or the comment.`,
                    owner: s.target,
                    line: s.line,
                    column: s.column
                };
                out.push(...applyPolicy(s.file, [raw], this.policy, used));
            }
        }
        if (this.facts) {
            const enabled = (r) => on(r);
            const { runOnlineAudits } = await Promise.all(/* import() */[__nccwpck_require__.e(651), __nccwpck_require__.e(578)]).then(__nccwpck_require__.bind(__nccwpck_require__, 578));
            const res = await runOnlineAudits(this.sites, this.facts, enabled);
            this.evidence.online.repositories = new Set(this.sites.map((s) => s.slug.toLowerCase())).size;
            for (const f of res.findings)
                out.push(...applyPolicy(f.file, [f.finding], this.policy, used));
            for (const e of res.errors) {
                this.evidence.online.audits[e.rule] = 'error';
                this.evidence.online.errors.push({ file: e.file, line: e.line, message: e.message });
                undecided.push(e);
            }
        }
        if (this.pending.length && !this.fixMods) {
            const [fixers, patch, tags] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 68).then(__nccwpck_require__.bind(__nccwpck_require__, 3068)),
                __nccwpck_require__.e(/* import() */ 495).then(__nccwpck_require__.bind(__nccwpck_require__, 3495)),
                __nccwpck_require__.e(/* import() */ 916).then(__nccwpck_require__.bind(__nccwpck_require__, 4916))
            ]);
            this.fixMods = { fixers, patch, tags };
        }
        for (const p of this.pending)
            await this.computeFixes(p);
        if (this.fileFixes.length)
            this.writeFixes(reported);
        return { findings: out, undecided };
    }
    writeFixes(reported) {
        const { applyEdits, unifiedDiff } = this.fixMods.patch;
        const patches = [];
        for (const ff of this.fileFixes) {
            // Findings of one step share its edits: each edit once.
            // (and a step reached through an alias is one node: the same edit twice counts once).
            const seen = new Set();
            const unique = ff.edits
                .flatMap((e) => e.edits)
                .filter((e) => {
                const key = `${e.start}:${e.end}:${e.insert}`;
                if (seen.has(key))
                    return false;
                seen.add(key);
                return true;
            });
            const { text, applied } = applyEdits(ff.text, unique);
            const done = new Set(applied.map((e) => `${e.start}:${e.end}:${e.insert}`));
            const fixed = ff.edits.filter((e) => e.edits.every((x) => done.has(`${x.start}:${x.end}:${x.insert}`)));
            this.evidence.fixes.files.push({ file: ff.file, edits: applied.length });
            patches.push(unifiedDiff(ff.file, ff.text, text));
            if (this.o.fix) {
                (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.ctx.workspace, ff.file), text);
                for (const e of fixed) {
                    if (!reported.has(e.finding))
                        continue;
                    e.finding.severity = 'note';
                    e.finding.message = `fixed (fix: true): ${e.finding.message}`;
                    reported.changed(e.finding);
                }
            }
        }
        const patch = patches.join('');
        if (this.o.fixDiff)
            this.ctx.log?.(`workflow-policy fixes (git apply):\n${patch}`);
        if (this.ctx.tempDir) {
            (0,external_node_fs_.mkdirSync)(this.ctx.tempDir, { recursive: true });
            const file = (0,external_node_path_.join)(this.ctx.tempDir, 'workflow-policy-fix.patch');
            (0,external_node_fs_.writeFileSync)(file, patch);
            this.evidence.fixes.patchFile = file;
        }
    }
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: ./lib/core/build-registry.js
var build_registry = __nccwpck_require__(1855);
// EXTERNAL MODULE: ./lib/core/hub-root.js
var hub_root = __nccwpck_require__(7669);
;// CONCATENATED MODULE: ./lib/core/schemas.js
/**
 * JSON Schemas from schema/: in a bundle, the validators the build generated (ajv standalone
 * code, registered by scripts/build.mjs, each in a chunk loaded by `loadSchemaValidators`);
 * elsewhere compiled once per process with ajv, which then loads on first use.
 *
 * `schemaValidator` is synchronous, so in a bundle the code that validates loads the validator
 * first, at its last asynchronous step: `await loadSchemaValidators(name)` (a no-op outside a
 * bundle and once loaded). A run that never validates never reads the validator's code.
 */





let ajv;
const compiled = new Map();
/** ajv and ajv-formats, loaded only when a schema has to be compiled at run time. */
function runtimeAjv() {
    if (!ajv) {
        // Both are CommonJS; a bundle never gets here (its validators are generated at build time).
        const load = (0,external_node_module_.createRequire)((0,external_node_path_.join)((0,hub_root/* hubRoot */.G)(), 'package.json'));
        const { Ajv: AjvClass } = load('ajv');
        const formats = load('ajv-formats');
        const addFormats = (formats.default ?? formats);
        ajv = addFormats(new AjvClass({ allErrors: true, strict: false }));
    }
    return ajv;
}
function notInBundle(name) {
    return new Error(`schema/${name} was not compiled into this bundle: scripts/build.mjs registers the schemas named as string literals in the modules that call schemaValidator`);
}
/**
 * Load the bundle's validators for `names` (their chunks), so that `schemaValidator` can give
 * them. Outside a bundle nothing is loaded here: `schemaValidator` compiles on first use.
 */
async function loadSchemaValidators(...names) {
    if (!(0,build_registry/* schemasCompiledAtBuild */.jO)())
        return;
    for (const name of names) {
        if (compiled.has(name))
            continue;
        const load = (0,build_registry/* registeredSchemaLoader */.zv)(name);
        if (!load)
            throw notInBundle(name);
        compiled.set(name, (await load()));
    }
}
function schemaValidator(name) {
    let v = compiled.get(name);
    if (!v) {
        if ((0,build_registry/* schemasCompiledAtBuild */.jO)()) {
            if (!(0,build_registry/* registeredSchemaLoader */.zv)(name))
                throw notInBundle(name);
            throw new Error(`internal: the validator of schema/${name} is not loaded yet (await loadSchemaValidators('${name}') before validating)`);
        }
        const schema = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,hub_root/* hubRoot */.G)(), 'schema', name), 'utf8'));
        v = runtimeAjv().compile(schema);
        compiled.set(name, v);
    }
    return v;
}
/** One line per ajv error, naming the field: `/allow/0/expires: must match format "date"`. */
function describeSchemaErrors(errors) {
    return (errors ?? []).map((e) => {
        const at = e.instancePath || '(root)';
        if (e.keyword === 'required')
            return `${at}: missing required field '${String(e.params.missingProperty)}'`;
        if (e.keyword === 'additionalProperties') {
            return `${at}: unknown field '${String(e.params.additionalProperty)}'`;
        }
        return `${at}: ${e.message ?? e.keyword}`;
    });
}

;// CONCATENATED MODULE: ./lib/workflows/expiry.js
/** Expiry dates of the workflow gates' exceptions (allowlist entries, policy exceptions). */
/** `YYYY-MM-DD` naming a day that exists (2026-02-30 and 2026-13-01 do not). */
function isCalendarDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1)
        return false;
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return d <= days;
}
/** The `expires` day (UTC) has ended at `now`, or it is not a real calendar date. */
function isExpired(expires, now) {
    if (!isCalendarDate(expires))
        return true;
    return now.getTime() > Date.parse(`${expires}T23:59:59.999Z`);
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-zizmor-a-names.js
/**
 * Rule ids and default levels of the rules that follow zizmor's audits (issue 17, first half).
 * Kept apart from policy.ts so the rule list grows without touching the shared table.
 */
const ZIZMOR_A_RULE_NAMES = [
    'artipacked',
    'bot-conditions',
    'cache-poisoning',
    'github-env',
    'insecure-commands',
    'obfuscation',
    'overprovisioned-secrets',
    'self-hosted-runner',
    'unsound-contains',
    'unsound-condition',
    'unsound-ternary',
    'unpinned-images',
    'hardcoded-container-credentials',
    'unredacted-secrets',
    'secrets-outside-env',
    'github-app',
    'adhoc-packages',
    'unpinned-tools'
];
/**
 * Defaults: zizmor's high-severity, regular-persona findings are errors; its low-severity or
 * low-confidence ones are warnings; its auditor-persona audits (and one static-secrets already
 * reports) are off until a repository turns them on.
 */
const ZIZMOR_A_LEVELS = {
    artipacked: 'off',
    'bot-conditions': 'error',
    'cache-poisoning': 'warning',
    'github-env': 'error',
    'insecure-commands': 'error',
    obfuscation: 'warning',
    'overprovisioned-secrets': 'error',
    'self-hosted-runner': 'off',
    'unsound-contains': 'error',
    'unsound-condition': 'error',
    'unsound-ternary': 'warning',
    'unpinned-images': 'error',
    'hardcoded-container-credentials': 'off',
    'unredacted-secrets': 'error',
    'secrets-outside-env': 'off',
    'github-app': 'error',
    'adhoc-packages': 'warning',
    'unpinned-tools': 'warning'
};

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/policy-zizmor-b.js
/**
 * The rules mirrored from zizmor's audits (issue 17, second share): their names, default levels
 * and settings. Spread into policy.ts so the policy, the schema and the exceptions know them.
 */
/** Rules decided from the repository alone. */
const OFFLINE_RULES_B = [
    'dangerous-triggers',
    'use-trusted-publishing',
    'job-timeout',
    'dependabot-cooldown',
    'dependabot-execution',
    'anonymous-definition',
    'concurrency-limits',
    'misfeature',
    'ref-version-mismatch',
    'undocumented-permissions',
    'forbidden-uses',
    'self-repository',
    'superfluous-actions',
    'typosquat-uses'
];
/** Rules that need the GitHub API (input `online: true`); offline they are reported as not run. */
const ONLINE_RULES = [
    'impostor-commit',
    'known-vulnerable-actions',
    'stale-action-refs',
    'archived-uses',
    'ref-confusion'
];
const RULE_NAMES_B = [...OFFLINE_RULES_B, ...ONLINE_RULES];
const DEFAULT_LEVELS_B = {
    // pr-target-ban is the enforcing gate for pull_request_target; this is zizmor's blanket flag.
    'dangerous-triggers': 'warning',
    'use-trusted-publishing': 'warning',
    // Ours; off by default (existing repositories rarely set it), on in the hub's own config.
    'job-timeout': 'off',
    'dependabot-cooldown': 'warning',
    'dependabot-execution': 'error',
    // zizmor reports it in its pedantic persona only.
    'anonymous-definition': 'off',
    'concurrency-limits': 'warning',
    misfeature: 'warning',
    'ref-version-mismatch': 'error',
    // zizmor reports it in its pedantic persona only.
    'undocumented-permissions': 'off',
    'forbidden-uses': 'error',
    // `$/` is new GitHub syntax that older GHES versions reject; on in the hub's own config.
    'self-repository': 'off',
    'superfluous-actions': 'warning',
    'typosquat-uses': 'error',
    'impostor-commit': 'error',
    'known-vulnerable-actions': 'error',
    'stale-action-refs': 'warning',
    'archived-uses': 'warning',
    'ref-confusion': 'error'
};
/** zizmor's default minimum Dependabot cooldown (`dependabot-cooldown.config.days`). */
const DEFAULT_COOLDOWN_DAYS = 7;
function defaultSettingsB() {
    return { cooldownDays: DEFAULT_COOLDOWN_DAYS };
}
/** Read the settings of one of these rules from its raw policy entry. */
function readSettingsB(name, raw, into) {
    if (name === 'forbidden-uses' && (raw.allow || raw.deny)) {
        into.forbiddenUses = {
            allow: raw.allow?.map((p) => p.toLowerCase()),
            deny: raw.deny?.map((p) => p.toLowerCase())
        };
    }
    if (name === 'dependabot-cooldown' && typeof raw.days === 'number')
        into.cooldownDays = raw.days;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/policy.js
/** The policy file: rule levels, pinning policies, trusted owners and justified, expiring exceptions. */






const RULE_NAMES = [
    'pinned-uses',
    'permissions',
    'template-injection',
    'secrets-inherit',
    'static-secrets',
    'concurrency',
    'persist-credentials',
    ...ZIZMOR_A_RULE_NAMES,
    ...RULE_NAMES_B
];
const DEFAULT_LEVELS = {
    'pinned-uses': 'error',
    permissions: 'error',
    'template-injection': 'error',
    'secrets-inherit': 'error',
    'static-secrets': 'error',
    concurrency: 'warning',
    'persist-credentials': 'error',
    ...ZIZMOR_A_LEVELS,
    ...DEFAULT_LEVELS_B
};
function defaultPolicy() {
    return {
        levels: { ...DEFAULT_LEVELS },
        pinPolicies: new Map([['*', 'hash-pin']]),
        trustedOwners: [],
        exceptions: [],
        findings: [],
        b: defaultSettingsB()
    };
}
const PLACEHOLDER = /^(todo|tbd|n\/?a|none|-+|\.+|x+|fixme|because|needed|required|temporary|legacy)$/i;
const MIN_JUSTIFICATION = 15;

/** Load the validator of schema/workflow-policy.v1.json (in a bundle, its chunk); await it before `parsePolicy`. */
function loadPolicyValidator() {
    return loadSchemaValidators('workflow-policy.v1.json');
}
/** Parse and validate a policy file's text (throws GateError naming the file when it is malformed). */
function parsePolicy(file, text, now) {
    const fix = `Fix ${file} (schema: schema/workflow-policy.v1.json), or point the 'policy' input at another file.`;
    const parsed = parseYaml(file, text);
    if (!parsed.ok) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file}: ${parsed.problem.message}`, fix, file, parsed.problem.line, parsed.problem.column);
    }
    const y = parsed.yaml;
    let data;
    try {
        data = y.doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file}: ${err.message}`, fix, file);
    }
    if (data === null || data === undefined)
        data = {};
    const validate = schemaValidator('workflow-policy.v1.json');
    if (!validate(data)) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${file} does not match schema/workflow-policy.v1.json: ${describeSchemaErrors(validate.errors).slice(0, 5).join('; ')}`, fix, file);
    }
    const raw = data;
    const policy = defaultPolicy();
    policy.file = file;
    for (const name of RULE_NAMES) {
        const r = raw.rules?.[name];
        if (r === undefined)
            continue;
        if (typeof r === 'string') {
            policy.levels[name] = r;
            continue;
        }
        if (r.level)
            policy.levels[name] = r.level;
        for (const [pattern, p] of Object.entries(r.policies ?? {})) {
            policy.pinPolicies.set(pattern.toLowerCase(), p);
        }
        readSettingsB(name, r, policy.b);
        if (r['trusted-owners'])
            policy.trustedOwners.push(...r['trusted-owners'].map((o) => o.toLowerCase()));
    }
    const nodes = y.seq(y.get(y.doc.contents, 'exceptions')?.value) ?? [];
    (raw.exceptions ?? []).forEach((e, i) => {
        const node = nodes[i];
        const pos = y.pos(y.resolve(node) ?? node);
        const ex = {
            rule: e.rule,
            path: typeof e.path === 'string' ? e.path.replace(/^\.\//, '') : undefined,
            owner: typeof e.owner === 'string' ? e.owner : undefined,
            justification: String(e.justification).trim(),
            expires: String(e.expires),
            approvedBy: typeof e['approved-by'] === 'string' ? e['approved-by'] : undefined,
            pos,
            valid: false
        };
        const what = `the ${ex.rule} exception for ${ex.path ?? ''}${ex.path && ex.owner ? ', ' : ''}${ex.owner ?? ''}`;
        const before = policy.findings.length;
        if (ex.justification.length < MIN_JUSTIFICATION || PLACEHOLDER.test(ex.justification)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} has no real justification: expected at least ${MIN_JUSTIFICATION} characters saying why, got '${ex.justification}'`,
                help: 'Say why the exception is needed and why it is safe.',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        if (!isCalendarDate(ex.expires)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} has no valid expiry: expected a real calendar date (YYYY-MM-DD), got '${ex.expires}'`,
                help: 'Give the last day the exception holds as YYYY-MM-DD (a day that exists).',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        else if (isExpired(ex.expires, now)) {
            policy.findings.push({
                rule: 'workflow-policy/exception-invalid',
                severity: 'error',
                message: `${what} expired: expected an expiry on or after ${now.toISOString().slice(0, 10)}, got ${ex.expires}`,
                help: 'Review the exception: renew it with a new expires date, or fix the workflows and remove it.',
                file,
                line: pos.line,
                column: pos.column
            });
        }
        ex.valid = policy.findings.length === before;
        policy.exceptions.push(ex);
    });
    return policy;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-info-zizmor-a.js
const ZIZMOR_A_RULE_INFO = [
    {
        id: 'workflow-policy/artipacked',
        title: 'Checkout keeps the token for the rest of the job',
        help: '`actions/checkout` without `persist-credentials: false` leaves the job token in `.git/config` (before v6) for every later step, cache and artifact (zizmor: artipacked). Set `persist-credentials: false`; jobs that upload after the checkout are reported by persist-credentials instead. Explicit `persist-credentials: true` is not flagged. Off by default.',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/bot-conditions',
        title: 'Condition trusts a spoofable bot actor',
        help: "`github.actor == 'dependabot[bot]'` (or `triggering_actor`, `actor_id`, the PR sender) names whoever triggered the latest event, which an attacker can arrange to be the bot. Check the PR author (`github.event.pull_request.user.login`) and use dependabot/fetch-metadata. A comparison that decides the condition alone is an error; one inside `&&` is a warning.",
        severity: 'error'
    },
    {
        id: 'workflow-policy/cache-poisoning',
        title: 'Cache restored in a job that publishes',
        help: 'Release/tag-triggered workflows and jobs with a publishing action (PyPI, gems, GoReleaser, GitHub releases, docker push, cloud deploys) should not restore caches: any branch can write the cache the release then restores. Disable the cache input of the setup action (`cache: ""`, `lookup-only: true`, `package-manager-cache: false`).',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/github-env',
        title: 'Computed text written to GITHUB_ENV or GITHUB_PATH under a privileged trigger',
        help: 'Under `pull_request_target` or `workflow_run`, a value written to `$GITHUB_ENV` / `$GITHUB_PATH` can set `LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV` or `PATH` for every later step. Pass values as step outputs and read them through `env:`; `echo`/`printf` of fixed text is fine.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/insecure-commands',
        title: 'ACTIONS_ALLOW_UNSECURE_COMMANDS enabled',
        help: 'It re-enables `::set-env` and `::add-path`, so any printed line can set variables or PATH for later steps. Remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH`.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/obfuscation',
        title: 'Workflow feature written in a form that hides what it does',
        help: "`uses:` paths with `.`, `..` or empty components, `with:` given as one expression, and constants written as expressions (`${{ 'x' }}`, `format('{0}', 'x')`) hide the real value from review and from the other checks. Write the plain form.",
        severity: 'warning'
    },
    {
        id: 'workflow-policy/overprovisioned-secrets',
        title: 'Every secret handed to the job',
        help: '`toJSON(secrets)` and `secrets[<computed name>]` expose all repository and organisation secrets to the runner. Reference the secrets the job needs by name.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/self-hosted-runner',
        title: 'Job runs on a self-hosted runner',
        help: 'Self-hosted runners keep state between jobs unless they are ephemeral, which the workflow cannot show (zizmor: auditor persona; off by default). Use GitHub-hosted or just-in-time runners for untrusted code, then except the workflow with a justification.',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/unsound-contains',
        title: 'contains() on a string used as a list',
        help: '`contains(\'main,develop\', github.ref_name)` is a substring test, so `mai` passes. Use `contains(fromJSON(\'["main", "develop"]\'), github.ref_name)`. An error when whoever triggers the run chooses the value (refs, actor, inputs, env), a warning otherwise.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/unsound-condition',
        title: 'if: condition that is always true',
        help: 'An `if:` whose value is `${{ \u2026 }}` plus other text (the newline of a `|` block scalar, say) is a non-empty string, which is true. Use `|-`/`>-` or a one-line condition inside one `${{ }}`.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/unsound-ternary',
        title: 'Pseudo-ternary with a falsy true branch',
        help: "`cond && '' || 'x'` is always `'x'`: `&&` with a falsy value falls through to `||`. Put the falsy value last or use `case()`.",
        severity: 'warning'
    },
    {
        id: 'workflow-policy/unpinned-images',
        title: 'Container or service image not pinned by digest',
        help: 'Pin job `container:` and `services:` images as `name:tag@sha256:<digest>`. No tag or `latest` is an error; a tag alone, or an image chosen by an expression, is a warning. (`docker://` steps are checked by pinned-uses.)',
        severity: 'error'
    },
    {
        id: 'workflow-policy/hardcoded-container-credentials',
        title: 'Registry password written into the workflow',
        help: 'A `container:`/`services:` `credentials.password` that is not `${{ secrets.X }}` (zizmor: hardcoded-container-credentials). Off by default because static-secrets already reports it; turn it on for the zizmor-compatible id. Rotate it and use a secret.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/unredacted-secrets',
        title: 'Structured secret taken apart with fromJSON',
        help: 'The runner masks a secret as a whole, not the fields `fromJSON(secrets.X).field` picks out, so those print unmasked. Store each sensitive value as its own secret.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/secrets-outside-env',
        title: 'Secret read by a job without an environment',
        help: 'A job that reads `secrets.*` (other than GITHUB_TOKEN) without `environment:` gets them on any branch and trigger; an environment adds reviewers and branch rules (zizmor: auditor persona; off by default). Reusable workflows are exempt: their caller decides.',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/github-app',
        title: 'GitHub App token broader or longer-lived than needed',
        help: '`actions/create-github-app-token` with `skip-token-revoke: true`, with `owner:` but no `repositories:`, or without any `permission-<name>` input hands out an installation token with more reach than the job needs.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/adhoc-packages',
        title: 'Package installed outside a lockfile',
        help: '`npm install <pkg>`, `gem install`, `yarn/pnpm/bundle add` in a `run:` step install whatever version the registry serves now. Declare it in the manifest and install from the lockfile (`npm ci`).',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/unpinned-tools',
        title: 'Setup action installs the latest tool release',
        help: 'aquasecurity/setup-trivy and 1password/load-secrets-action without `version:` (or with `latest`) install whatever was released last. Set an exact version.',
        severity: 'warning'
    }
];

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-info-zizmor-b.js
const r = (id, title, help, severity) => ({
    id: `workflow-policy/${id}`,
    title,
    help,
    severity
});
const RULES_B = [
    r('dangerous-triggers', 'Workflow triggered by pull_request_target or workflow_run', 'Both run with the base repository\u2019s secrets and a write token on events an outside contributor starts. Use pull_request; split privileged follow-up work into a workflow that never runs PR code. zizmor: dangerous-triggers. The pr-target-ban gate enforces the ban with an allowlist.', 'warning'),
    r('use-trusted-publishing', 'Package published with a long-lived token instead of Trusted Publishing', 'PyPI, RubyGems, npm, crates.io and NuGet accept the job\u2019s OIDC identity: configure Trusted Publishing, grant id-token: write and drop the token. zizmor: use-trusted-publishing.', 'warning'),
    r('job-timeout', 'Job without timeout-minutes', 'A hung job runs for GitHub\u2019s default 360 minutes with its token live. Set timeout-minutes on every job a little above its usual duration.', 'warning'),
    r('dependabot-cooldown', 'Dependabot update without a cooldown', 'Without cooldown.default-days Dependabot proposes a release minutes after it is published, before a compromised release is found and yanked. Set cooldown: { default-days: 7 } (rules.dependabot-cooldown.days). zizmor: dependabot-cooldown.', 'warning'),
    r('dependabot-execution', 'Dependabot allowed to run dependency code', 'insecure-external-code-execution: allow runs the dependencies\u2019 build scripts with the update\u2019s registry credentials. Remove it. zizmor: dependabot-execution.', 'error'),
    r('anonymous-definition', 'Workflow or job without a name', 'Give every workflow and job a name: checks, required-status rules and logs then say what runs. zizmor: anonymous-definition (pedantic).', 'note'),
    r('concurrency-limits', 'Concurrency group without cancel-in-progress', 'A bare concurrency group queues new runs behind superseded ones. Write concurrency: { group: \u2026, cancel-in-progress: true } (false, on purpose, for release and deploy). zizmor: concurrency-limits.', 'warning'),
    r('misfeature', 'GitHub Actions misfeature (shell: cmd, setup-python pip-install)', 'Use pwsh or bash instead of cmd; install Python packages from a lock file into a virtual environment instead of setup-python\u2019s pip-install. zizmor: misfeature.', 'warning'),
    r('ref-version-mismatch', 'Version comment does not match the pinned commit', 'The `# vX.Y.Z` comment is what reviewers and Dependabot read: it must name the tag of the pinned commit. Offline, two pins of one tag with different commits are flagged; with online: true each comment is checked against the repository\u2019s tags. zizmor: ref-version-mismatch.', 'error'),
    r('undocumented-permissions', 'Permission without a comment saying why', 'Say what needs each scope (other than contents: read) in a comment on its line. zizmor: undocumented-permissions (pedantic).', 'note'),
    r('forbidden-uses', 'Action forbidden by the policy', 'rules.forbidden-uses.allow (only these) or .deny (not these) lists patterns: *, owner/*, owner/repo, owner/repo/*, owner/repo/path. zizmor: forbidden-uses.', 'error'),
    r('self-repository', 'Own action or workflow not referred to as $/\u2026', 'Refer to actions and reusable workflows of this repository as $/path: it always runs the commit that runs, whatever the job checked out. zizmor: self-repository.', 'warning'),
    r('superfluous-actions', 'Third-party action for what the runner already does', 'gh, git, docker and jq are on the runner: a run: step does the same without a third-party action holding the token. zizmor: superfluous-actions.', 'warning'),
    r('typosquat-uses', 'Action name one slip away from a popular action', 'A character left out, a neighbouring key or swapped words under another owner: typosquatters register such names. Check the uses: line. zizmor: typosquat-uses.', 'error'),
    r('impostor-commit', 'Pinned commit on no branch or tag of the repository (online)', 'A fork\u2019s commit can be referred to through the parent repository. Pin a SHA of the repository\u2019s own release tag. Needs online: true. zizmor: impostor-commit.', 'error'),
    r('known-vulnerable-actions', 'Action version affected by a GitHub advisory (online)', 'Upgrade to the first patched version (pinned by SHA). Needs online: true. zizmor: known-vulnerable-actions.', 'error'),
    r('stale-action-refs', 'Pinned commit that is no tag\u2019s commit (online)', 'Pin the commit of a release tag and name the tag in the comment. Needs online: true. zizmor: stale-action-refs.', 'warning'),
    r('archived-uses', 'Action from an archived repository (online)', 'An archived repository receives no fixes: replace the action or fork it. Needs online: true. zizmor: archived-uses.', 'warning'),
    r('ref-confusion', 'uses: ref that is both a branch and a tag (online)', 'Pin the commit SHA of the tag you mean. Needs online: true. zizmor: ref-confusion.', 'error'),
    r('not-decided', 'An audit that could not decide', 'The Dependabot configuration could not be read, or GitHub did not answer an online audit (5xx, timeout, an answer of the wrong shape). Fix the cause and run again; an audit that could not run is never passed.', 'error')
];

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules-info.js


const RULES = [
    {
        id: 'workflow-policy/policy-file-deprecated',
        title: 'Policy in its old file',
        help: 'Move the rules and exceptions to workflow-policy.rules / workflow-policy.exceptions in .ci-intel/config.yml and delete the old file.',
        severity: 'note'
    },
    {
        id: 'workflow-policy/pinned-uses',
        title: 'Action or reusable workflow not pinned to a commit SHA',
        help: 'A tag or branch can be moved to other code after review. Pin third-party `uses:` to the full 40-hex commit SHA and keep the tag as a comment (`uses: owner/repo@<sha> # v4.1.1`); pin `docker://` images by `@sha256:` digest. Local `./` and `$/` actions are exempt. Per-owner policies (`hash-pin`, `ref-pin`, `any`) live in the policy file.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/permissions',
        title: 'GITHUB_TOKEN permissions not least-privilege',
        help: 'Declare a top-level `permissions:` block (e.g. `contents: read`), never `write-all`, and grant write scopes only on the jobs that need them. Jobs with `contents`, `packages` or `id-token` write access are listed in the evidence.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/template-injection',
        title: 'Attacker-controlled expression expanded into a script',
        help: '`${{ }}` is pasted into the script before it runs, so an issue title or branch name can become shell or JavaScript code. Set the value in `env:` and read it as a quoted variable (`"$TITLE"`, `process.env.TITLE`).',
        severity: 'error'
    },
    {
        id: 'workflow-policy/secrets-inherit',
        title: 'All secrets passed to a reusable workflow outside the organisation',
        help: '`secrets: inherit` gives the called workflow every secret of the repository and organisation. Pass the secrets it needs by name, or trust its owner in the policy (`rules.secrets-inherit.trusted-owners`).',
        severity: 'error'
    },
    {
        id: 'workflow-policy/static-secrets',
        title: 'Long-lived credential written into a workflow file',
        help: 'Anyone who can read the repository can use it, and it stays in the history. Revoke and rotate it, store it as an encrypted secret and reference `${{ secrets.NAME }}`; prefer OIDC (`id-token: write`) to long-lived cloud keys.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/concurrency',
        title: 'push / pull_request workflow without concurrency',
        help: 'Without a `concurrency` group, superseded runs keep running and racing deploys can finish out of order. Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true }` (no cancellation for release and deploy jobs).',
        severity: 'warning'
    },
    {
        id: 'workflow-policy/persist-credentials',
        title: 'Checkout keeps its token in a job that uploads artifacts',
        help: '`actions/checkout` writes the token into the checkout unless `persist-credentials: false`; an artifact of the workspace then leaks it (zizmor: artipacked). Set `persist-credentials: false`.',
        severity: 'error'
    },
    ...ZIZMOR_A_RULE_INFO,
    {
        id: 'workflow-policy/invalid-workflow',
        title: 'Workflow file GitHub would reject or the gate cannot read',
        help: 'Fix the file; a workflow the gate cannot read is never passed.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/exception-invalid',
        title: 'Policy exception without justification or past its expiry',
        help: 'Every exception states why it is needed and safe and carries an expires date; expired or unjustified exceptions excuse nothing.',
        severity: 'error'
    },
    {
        id: 'workflow-policy/exception-stale',
        title: 'Policy exception that matches no finding',
        help: 'Remove exceptions that no longer excuse anything.',
        severity: 'warning'
    },
    ...RULES_B
];

// EXTERNAL MODULE: ./lib/core/offload.js
var offload = __nccwpck_require__(5746);
;// CONCATENATED MODULE: ./lib/core/pretenuring.js
/**
 * V8's allocation-site pretenuring, off for a long run that allocates much short-lived data.
 *
 * V8 watches the objects each allocation site (an object or array literal in optimized code)
 * makes: when nearly all of them survive a young-generation collection, the site's later objects
 * are made straight in the old generation. In a scan of thousands of workflow files the trees of
 * the file being checked survive their first collection, a few dozen sites are switched over,
 * and from then on every file's tree is garbage in the old generation: full collections come
 * more often and the old generation grows with them. With it off, the shipped workflow-policy
 * bundle ran faster and peaked lower at 4\u00d7 and 16\u00d7 the corpus, and cost a little at 1\u00d7 and 2\u00d7
 * (figures in docs/DESIGN.md), so shorter runs leave it on.
 *
 * The flag is read by V8 whenever it processes the feedback, in every isolate of the process, so
 * setting it at run time works for a worker started afterwards (and for the main thread's sites
 * not yet decided). Sites already switched stay as they are.
 */

let holders = 0;
function setPretenuring(on) {
    // node:v8 loads only in a run that changes the flag.
    const v8 = (0,external_node_module_.createRequire)(import.meta.url)('node:v8');
    v8.setFlagsFromString(on ? '--allocation-site-pretenuring' : '--no-allocation-site-pretenuring');
}
/**
 * Turn pretenuring off for the process until the returned function is called (each call's own
 * release; nested holds turn it back on with the last release).
 */
function holdPretenuringOff() {
    if (holders++ === 0)
        setPretenuring(false);
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        if (--holders === 0)
            setPretenuring(true);
    };
}
/** Whether a `holdPretenuringOff` is in force. */
function pretenuringHeldOff() {
    return holders > 0;
}

;// CONCATENATED MODULE: ./lib/core/young-generation.js
/**
 * V8's young generation held at the size it has reached, for a long scan in the main thread.
 *
 * V8 doubles the young generation (its two semi-spaces) whenever much of it survives a
 * collection, up to a maximum it sizes by the machine's memory. In a scan of thousands of workflow
 * files the tree of the file being checked survives the collection that comes while it is read,
 * so the young generation keeps doubling although what stays live is small: the process's peak
 * then grows with the file count (figures in docs/DESIGN.md). A worker's young generation is
 * capped when it starts (src/core/offload.ts); the main thread's is sized before any code runs,
 * but V8 reads the growth factor (`--semi-space-growth-factor`) at every decision, so setting it
 * to 1 at run time keeps the young generation where it is.
 *
 * The flag is the process's, like pretenuring's (src/core/pretenuring.ts): while it is held, a
 * worker's young generation does not grow either. The default factor (2) comes back with the last
 * release.
 */

/** V8's own growth factor, restored when no hold is in force. */
const DEFAULT_GROWTH_FACTOR = 2;
/** How many `check` calls pass between two readings of the young generation's size. */
const CHECK_EVERY = 64;
let v8;
let holding = 0;
function heap() {
    // node:v8 loads only in a run that takes a hold.
    v8 ??= (0,external_node_module_.createRequire)(import.meta.url)('node:v8');
    return v8;
}
function youngGenerationBytes() {
    return heap()
        .getHeapSpaceStatistics()
        .reduce((n, s) => (s.space_name === 'new_space' ? n + s.space_size : n), 0);
}
function setGrowthFactor(factor) {
    heap().setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}
/**
 * Let the young generation grow to `atLeastMiB` (the start-up usually has it there already), then
 * hold it at the size it has.
 */
function holdYoungGeneration(atLeastMiB) {
    const atLeast = atLeastMiB * 1024 * 1024;
    let calls = 0;
    let held = false;
    let heldMiB = 0;
    let released = false;
    const take = () => {
        const bytes = youngGenerationBytes();
        if (bytes < atLeast)
            return;
        held = true;
        heldMiB = Math.round(bytes / (1024 * 1024));
        if (holding++ === 0)
            setGrowthFactor(1);
    };
    take();
    return {
        check() {
            if (held || released || ++calls % CHECK_EVERY)
                return;
            take();
        },
        get holding() {
            return held;
        },
        get heldMiB() {
            return held ? heldMiB : 0;
        },
        release() {
            if (released)
                return;
            released = true;
            if (held && --holding === 0)
                setGrowthFactor(DEFAULT_GROWTH_FACTOR);
            held = false;
        }
    };
}
let startingAt = 0;
/**
 * Workers started until the returned function is called begin with their young generation at
 * `mib` (V8's `--min-semi-space-size`, read when an isolate is made, so it must stay set until
 * the worker is running; a worker's `resourceLimits` still cap it). With it, a hold taken for the
 * main thread does not keep a new worker at the few MiB V8 starts one with.
 */
function startWorkersYoungGenerationAt(mib) {
    if (startingAt++ === 0)
        heap().setFlagsFromString(`--min-semi-space-size=${mib}`);
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        if (--startingAt === 0)
            heap().setFlagsFromString('--min-semi-space-size=0');
    };
}
/** Whether any hold has stopped the young generation's growth. */
function youngGenerationHeld() {
    return holding > 0;
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/scan-worker.js
/**
 * A scan of many workflow files runs in a worker thread with a capped young generation
 * (src/core/offload.ts): the same evaluation, its findings kept in a spool while it runs
 * (src/core/findings-spool.ts) and the spool handed back as it is: its rows and chunks moved,
 * not copied, its spilled chunks in a file this thread holds. Only this thread makes the
 * findings as objects (the worker no longer makes them and a string table to clone; figures in
 * docs/DESIGN.md).
 */







/**
 * From this many files on, the scan runs in a worker. Below it, the worker's start (loading the
 * bundle a second time, about 50 ms) would cost more than the memory it saves.
 */
const SCAN_WORKER_MIN_FILES = 500;
/**
 * From this many files on, the scan is long: while the worker scans, V8's allocation-site
 * pretenuring is off (src/core/pretenuring.ts; measured faster and lower at 4,172 and 16,688
 * files, 2 % slower at 1,043 and 2,086) and the young generations are held
 * (SCAN_YOUNG_GENERATION_MB).
 */
const NO_PRETENURING_MIN_FILES = 3000;
/**
 * The young generation of both threads while a worker scans a long list, MiB: the worker starts
 * with it, and once this thread's has it too, the hold (the process's) keeps both there
 * (src/core/young-generation.ts). Measured on the bundle against letting V8 size them (the worker
 * capped at OFFLOAD_YOUNG_GENERATION_MB): lower at 16\u00d7 the corpus and no slower; at 1\u00d7 it peaked
 * about 10 MiB higher, so shorter scans leave it to V8 (docs/DESIGN.md).
 */
const SCAN_YOUNG_GENERATION_MB = 16;
/**
 * The heap settings taken for the scan's worker, released when the scan has answered (a run that
 * fails before its scan leaves them in force: the process is about to end, and they are a matter
 * of speed and memory only).
 */
let heapTuning;
/**
 * Before the worker for a scan of `files` starts, when the scan is long: the young generations
 * held (SCAN_YOUNG_GENERATION_MB) and pretenuring off.
 */
function tuneHeapFor(files) {
    if (heapTuning || files < NO_PRETENURING_MIN_FILES)
        return;
    const young = holdYoungGeneration(SCAN_YOUNG_GENERATION_MB);
    heapTuning = {
        young,
        releases: [
            startWorkersYoungGenerationAt(SCAN_YOUNG_GENERATION_MB),
            () => young.release(),
            holdPretenuringOff()
        ]
    };
}
function releaseHeapTuning() {
    for (const release of heapTuning?.releases ?? [])
        release();
    heapTuning = undefined;
}
const TASK = 'workflow-policy/scan';
/** The scan of `files` in a worker, or undefined to scan in this thread. */
function scanInWorkerIfLarge(inputs, ctx, files) {
    if (files.length < SCAN_WORKER_MIN_FILES || !(0,offload/* offloadable */.Yq)(import.meta.url)) {
        (0,offload/* cancelPrestartedOffload */.id)(TASK);
        releaseHeapTuning();
        return undefined;
    }
    tuneHeapFor(files.length);
    return scanInWorker(inputs, ctx, files).finally(releaseHeapTuning);
}
/**
 * Start the scan's worker ahead of time when `files` (the step's `workflows` input, listed before
 * the inputs are checked and the config is read) is large enough to be scanned there: the
 * worker loads while this thread reads the config. A guess, never a decision: the scan itself
 * lists again and ends an unused worker.
 */
function prestartScanWorker(files) {
    if (files >= SCAN_WORKER_MIN_FILES && (0,offload/* offloadable */.Yq)(import.meta.url)) {
        tuneHeapFor(files);
        (0,offload/* prestartOffload */.hZ)(TASK, { gate: 'workflow-policy', module: import.meta.url });
    }
}
async function scanInWorker(inputs, ctx, files) {
    ctx.log(`workflow-policy: scanning ${files.length} workflow files in a worker thread (${heapTuning ? `for a scan this long, both threads' young generations kept at ${SCAN_YOUNG_GENERATION_MB} MiB and V8's allocation-site pretenuring off` : `its young generation capped at ${offload/* OFFLOAD_YOUNG_GENERATION_MB */.MI} MiB`}); this thread reads the files ahead of it`);
    // The worker's spool spills here: a worker's own descriptors are closed when it ends.
    let spill;
    try {
        spill = openSpillFile(ctx.tempDir);
    }
    catch (err) {
        (0,offload/* cancelPrestartedOffload */.id)(TASK);
        throw new core_errors/* GateError */.ue(`cannot make the findings spill file in ${ctx.tempDir}: ${(0,core_errors/* errorMessage */.gJ)(err)}`, 'The scan keeps its findings there while it runs: give the step a writable RUNNER_TEMP.');
    }
    let held = true;
    try {
        const payload = {
            inputs: inputs.toTransfer(),
            workspace: ctx.workspace,
            tempDir: ctx.tempDir,
            env: { ...ctx.env },
            settings: ctx.settings,
            files: files.length,
            spill,
            now: ctx.now().getTime()
        };
        let at = 0;
        const handed = await (0,offload/* runOffloaded */.mD)(TASK, payload, {
            gate: 'workflow-policy',
            module: import.meta.url,
            host: { log: ctx.log, secret: ctx.secret },
            // This thread waits for the worker anyway: it reads the files, the worker parses and checks.
            supply: (n) => {
                const texts = [];
                for (const end = Math.min(files.length, at + n); at < end; at++) {
                    heapTuning?.young.check();
                    texts.push(readWorkflowText(ctx.workspace, files[at]));
                }
                return texts;
            }
        });
        const spool = FindingsSpool.received(handed.findings, spill);
        // From here the spool closes the spill file, once its findings are made or, for a long list
        // read as it is reported, once the list is gone (LAZY_MIN_FINDINGS).
        held = false;
        const order = handed.findings.order;
        return { ...handed, findings: spool.list(order, undefined, () => closeSpillFile(spill)) };
    }
    finally {
        if (held)
            closeSpillFile(spill);
    }
}
(0,offload/* defineOffloadTask */.uz)(TASK, async (p, host) => {
    const { scanListed } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9370));
    const t0 = Date.now();
    const feed = new offload/* OffloadFeed */.a1(host);
    const scanned = await scanListed(inputs/* Inputs */.G0.fromTransfer(p.inputs), {
        workspace: p.workspace,
        tempDir: p.tempDir,
        env: p.env,
        settings: p.settings,
        now: () => new Date(p.now + (Date.now() - t0)),
        log: host.log,
        spillFile: p.spill
    }, p.files, async () => {
        const text = await feed.next();
        if (text === undefined) {
            throw new core_errors/* GateError */.ue(`the scan was fed fewer workflow files than the ${p.files} listed`, 'The gate could not decide and fails closed; re-run, and report it if it repeats.');
        }
        return text;
    });
    try {
        // The spool itself is handed over, its buffers moved: no finding is made here.
        const { handoff, transfer } = scanned.spool.handOff(scanned.order, scanned.helps);
        return new offload/* MovedAnswer */.yz({ ...scanned.evaluation, findings: handoff }, transfer);
    }
    finally {
        scanned.spool.close();
    }
});

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/source.js
class SourceText {
    text;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
    }
    /** 1-based line and column of an offset. */
    posAt(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    /** The text of a 1-based line, without its newline ('' past the end). */
    line(n) {
        const start = this.lineStarts[n - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[n];
        return this.text.slice(start, next === undefined ? this.text.length : next - 1);
    }
    /** The source text of a node (empty when it has no range). */
    slice(node) {
        const range = node?.range;
        if (!range)
            return { text: '', start: 0 };
        return { text: this.text.slice(range[0], range[1]), start: range[0] };
    }
    /**
     * Where the `nth` (0-based) occurrence of `needle` sits inside the node's source; `fallback`
     * when the source does not show it literally (an escaped double-quoted string, say).
     */
    locate(node, needle, nth, fallback) {
        const { text, start } = this.slice(node);
        let at = -1;
        for (let k = 0; k <= nth; k++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0)
                return fallback;
        }
        return this.posAt(start + at);
    }
    /** Positions of every occurrence of `needle` inside the node's source, in order (one scan). */
    locateAll(node, needle) {
        const { text, start } = this.slice(node);
        const out = [];
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
            out.push(this.posAt(start + at));
        }
        return out;
    }
    /** The comment after a node on its own line (`uses: x@sha # v4.1.1` \u2192 `v4.1.1`). */
    trailingComment(node) {
        const range = node?.range;
        if (!range)
            return undefined;
        const eol = this.text.indexOf('\n', range[1]);
        const rest = this.text.slice(range[1], eol < 0 ? this.text.length : eol);
        const m = /^\s*#\s*(.*?)\s*$/.exec(rest);
        return m ? m[1] : undefined;
    }
}

;// CONCATENATED MODULE: ./lib/gates/workflow-policy/index.js
/** Gate: workflow-policy \u2014 compliance-as-code for workflow files. */


















const DEFAULT_POLICY_FILE = '.github/ci-intel/workflow-policy.yml';
const MAX_POLICY_BYTES = 1024 * 1024;
async function loadPolicy(inputs, root, now, settings) {
    const given = inputs.string('policy') ?? DEFAULT_POLICY_FILE;
    const abs = (0,external_node_path_.resolve)(root, given);
    // workflow-policy.rules / .exceptions in the configuration: one source per setting.
    const rules = settings?.rules;
    const exceptions = settings?.exceptions;
    const configured = rules?.file ? rules : exceptions?.file ? exceptions : undefined;
    if (configured) {
        if ((0,external_node_fs_.existsSync)(abs)) {
            throw new core_errors/* GateError */.ue(`the policy is set twice: workflow-policy.rules/exceptions in ${configured.label} and the file ${given}`, `Move ${given} into workflow-policy.rules and workflow-policy.exceptions and delete the file; one setting has one source.`, given);
        }
        const doc = {};
        if (rules?.file)
            doc.rules = rules.value;
        if (exceptions?.file)
            doc.exceptions = exceptions.value;
        const { stringify } = await yamlLibrary();
        await loadPolicyValidator();
        const policy = parsePolicy(configured.file, stringify(doc), now);
        for (const f of policy.findings)
            if (f.file === configured.file)
                f.line = configured.line;
        return policy;
    }
    if (!(0,external_node_fs_.existsSync)(abs)) {
        if (given.replace(/^\.\//, '') === DEFAULT_POLICY_FILE)
            return defaultPolicy();
        throw new core_errors/* GateError */.ue(`input 'policy': ${given} not found under ${root}`, `Create it (schema: schema/workflow-policy.v1.json), or leave 'policy' at its default (${DEFAULT_POLICY_FILE}; a missing default file means every rule at its default level).`);
    }
    const rel = displayPath(root, abs);
    let text;
    try {
        text = readWorkspaceText(root, abs, MAX_POLICY_BYTES, 'policy file');
    }
    catch (err) {
        throw new core_errors/* GateError */.ue(`input 'policy': ${(0,core_errors/* errorMessage */.gJ)(err)}`, 'Give a regular policy file under 1 MiB.', rel);
    }
    await loadPolicyValidator();
    const policy = await withYamlLibrary(() => parsePolicy(rel, text, now));
    policy.findings.push({
        rule: 'workflow-policy/policy-file-deprecated',
        severity: 'note',
        message: `${rel} is the policy's old place; it still works, but it belongs in workflow-policy.rules and workflow-policy.exceptions of .ci-intel/config.yml`,
        help: 'Move the rules and exceptions to .ci-intel/config.yml (schema/config.v1.json) and delete the file.',
        file: rel,
        line: 1
    });
    return policy;
}
function loadWorkflow(read) {
    const parsed = parseWorkflowText(read);
    if (!parsed.ok)
        return { ok: false, file: parsed.file, ...parsed.problem };
    return { ok: true, wf: parsed.workflow, source: new SourceText('text' in read ? read.text : '') };
}
/**
 * `elsewhere`: given the files to scan, a promise of the whole evaluation made somewhere else
 * (a worker thread), or undefined to scan here.
 */
async function evaluateWorkflowPolicy(inputs, env, elsewhere) {
    const scanned = await scanWorkflows(inputs, env, elsewhere);
    if (!('spool' in scanned))
        return scanned;
    // A long list is read from the spool as it is reported (LAZY_MIN_FINDINGS).
    return { ...scanned.evaluation, findings: scanned.spool.list(scanned.order, scanned.helps) };
}
/** The files input `workflows` names under the workspace, in scan order. */
async function listWorkflowFiles(inputs, root) {
    const patterns = inputs.list('workflows');
    await loadGlobsFor(root, patterns);
    return expandWorkflowInput(root, patterns);
}
async function scanWorkflows(inputs, env, elsewhere) {
    const root = env.workspace;
    const files = await listWorkflowFiles(inputs, root);
    const there = elsewhere?.(files);
    if (there)
        return there;
    let i = 0;
    return scanListed(inputs, env, files.length, () => readWorkflowText(root, files[i++]));
}
/**
 * The scan of `count` listed files whose texts `next` gives one by one, in the order listed
 * (read in this thread, or fed by the thread that listed them).
 */
async function scanListed(inputs, env, count, next) {
    const root = env.workspace;
    const policy = await loadPolicy(inputs, root, env.now(), env.settings);
    // Exception paths and owners are globs: minimatch loads for the runs that have exceptions.
    if (policy.exceptions.length)
        await (0,glob/* loadGlobMatcher */.xz)();
    const repoOwner = env.env.GITHUB_REPOSITORY?.split('/')[0] || undefined;
    const repository = env.env.GITHUB_REPOSITORY || undefined;
    const extras = await ExtrasB.create(readOptionsB(inputs, env.env), policy, env);
    const spool = new FindingsSpool({ dir: env.tempDir, spillFile: env.spillFile });
    try {
        return await scanInto(spool, { count, next, policy, repoOwner, repository, extras, root });
    }
    catch (err) {
        spool.close();
        throw err;
    }
}
async function scanInto(spool, s) {
    const { count, next, policy, repoOwner, repository, extras, root } = s;
    // A fix changes a finding after it is spooled: its row, to replace it.
    const rowOf = extras.wantsFixes ? new Map() : undefined;
    const add = (f, helpKey) => {
        const row = spool.add(f, helpKey);
        rowOf?.set(f, row);
    };
    for (const f of policy.findings)
        add(f);
    const evidence = {
        workspace: root,
        policy: {
            file: policy.file ?? null,
            levels: { ...policy.levels },
            pinPolicies: Object.fromEntries(policy.pinPolicies)
        },
        filesScanned: count,
        findingsByRule: {},
        sensitivePermissions: [],
        exceptionsApplied: [],
        invalid: [],
        ...extras.evidence
    };
    const invalid = (file, line, column, message) => {
        evidence.invalid.push({ file, line, column, message });
        add({
            rule: 'workflow-policy/invalid-workflow',
            severity: 'error',
            message: `cannot decide: ${message}`,
            help: 'Fix the workflow file; the gate never passes a file it cannot read the way GitHub does.',
            file,
            line,
            column
        });
    };
    // One pass, one parse per file; parsed files are dropped as soon as they are checked.
    const pins = new Map();
    // A pinned-uses help names the SHA some scanned file pins: decided once all are read.
    const pinned = new Map();
    const used = new Map();
    for (let i = 0; i < count; i++) {
        const read = await next();
        const l = await withYamlLibrary(() => loadWorkflow(read));
        if (!l.ok) {
            invalid(l.file, l.line, l.column, l.message);
            continue;
        }
        try {
            collectPins(usesOf(l.wf), l.source, pins);
            const check = checkWorkflow(l.wf, l.source, policy, { repoOwner, repository, pins });
            const pairs = [];
            const keys = new Map();
            const out = applyPolicy(l.wf.file, check.findings, policy, used, (raw, finding) => {
                if (raw.pin) {
                    const { target, tag } = raw.pin;
                    const key = `${target}\0${tag ?? ''}`;
                    if (!pinned.has(key))
                        pinned.set((0,detach/* sharedText */.b)(key), { target: (0,detach/* sharedText */.b)(target), tag: (0,detach/* sharedText */.b)(tag) });
                    keys.set(finding, key);
                }
                pairs.push({ raw, finding });
            });
            await extras.onFile(l.wf, l.source, pins, pairs);
            for (const f of out)
                add(f, keys.get(f));
            evidence.sensitivePermissions.push(...check.sensitive);
        }
        catch (err) {
            // A YAML bound hit while reading deeper (an alias bomb), or a bug: either way, no pass.
            if (err instanceof YamlLimitError) {
                invalid(l.wf.file, err.pos.line, err.pos.column, err.message);
            }
            else {
                invalid(l.wf.file, 1, 1, `internal error while checking the file: ${(0,core_errors/* errorMessage */.gJ)(err)}`);
            }
        }
    }
    const extra = await extras.finish(used, {
        has: (f) => rowOf?.has(f) ?? false,
        changed: (f) => {
            const row = rowOf?.get(f);
            if (row !== undefined)
                spool.replace(row, f);
        }
    });
    for (const f of extra.findings)
        add(f);
    for (const u of extra.undecided) {
        evidence.invalid.push(u);
        add({
            rule: 'workflow-policy/not-decided',
            severity: 'error',
            message: `cannot decide: ${u.message}`,
            help: 'Fix what the message names (the Dependabot file, the token, GitHub\u2019s availability) and run again; an audit that could not run is never passed.',
            file: u.file,
            line: u.line,
            column: u.column
        });
    }
    for (const e of policy.exceptions) {
        if (!e.valid)
            continue;
        if (used.has(e)) {
            evidence.exceptionsApplied.push({
                rule: e.rule,
                path: e.path,
                owner: e.owner,
                expires: e.expires,
                findings: used.get(e) ?? 0
            });
            continue;
        }
        add({
            rule: 'workflow-policy/exception-stale',
            severity: 'warning',
            message: `the ${e.rule} exception for ${[e.path, e.owner].filter(Boolean).join(', ')} excuses no finding: expected a matching ${e.rule} finding, got none`,
            help: 'Remove the exception when it is no longer needed.',
            file: policy.file,
            line: e.pos.line,
            column: e.pos.column
        });
    }
    const order = spool.sortedRows();
    const counts = spool.counts(order);
    for (const [rule, n] of counts.byRule)
        evidence.findingsByRule[rule] = n;
    const errors = counts.bySeverity.error;
    const warnings = counts.bySeverity.warning;
    const excepted = counts.bySeverity.note;
    const verdict = evidence.invalid.length ? 'error' : errors ? 'fail' : 'pass';
    const byRule = RULE_NAMES.map((r) => [r, evidence.findingsByRule[`workflow-policy/${r}`] ?? 0])
        .filter(([, n]) => n > 0)
        .map(([r, n]) => `${r} ${n}`);
    const parts = [
        `${count} workflow file${count === 1 ? '' : 's'} checked against ${policy.file ?? 'the default policy'}`,
        `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${byRule.length ? ` (${byRule.join(', ')})` : ''}`
    ];
    if (excepted)
        parts.push(`${excepted} excepted`);
    if (evidence.invalid.length)
        parts.push(`${evidence.invalid.length} unreadable`);
    const notRun = Object.entries(evidence.online.audits)
        .filter(([, v]) => v === 'not run')
        .map(([k]) => k);
    if (notRun.length)
        parts.push(`online audits not run (online: false): ${notRun.join(', ')}`);
    const onlineErr = Object.entries(evidence.online.audits)
        .filter(([, v]) => v === 'error')
        .map(([k]) => k);
    if (onlineErr.length)
        parts.push(`online audits that could not decide: ${onlineErr.join(', ')}`);
    if (evidence.fixes.files.length)
        parts.push(`${evidence.fixes.requested === 'apply' ? 'fixed' : 'fixable'}: ${evidence.fixes.files.map((f) => `${f.file} (${f.edits})`).join(', ')}`);
    const summary = parts
        .join(': ')
        .replace(/: (\d+ excepted|\d+ unreadable|online audits|fixed: |fixable: )/g, ', $1');
    const helpOf = new Map();
    return {
        evaluation: {
            verdict,
            summary,
            evidence,
            outputs: {
                'findings-count': String(errors + warnings),
                'workflows-scanned': String(count),
                ...(evidence.fixes.patchFile ? { 'fix-diff-file': evidence.fixes.patchFile } : {})
            }
        },
        spool,
        order,
        // One help string per pinned reference, however many findings name it.
        helps: (key) => {
            let help = helpOf.get(key);
            const pin = pinned.get(key);
            if (help === undefined && pin)
                helpOf.set(key, (help = pinHelp(pin.target, pin.tag, pins)));
            return help ?? key;
        }
    };
}
const workflowPolicy = {
    name: 'workflow-policy',
    rules: RULES,
    evaluate: (inputs, ctx) => evaluateWorkflowPolicy(inputs, ctx, (files) => scanInWorkerIfLarge(inputs, ctx, files)),
    // A scan of many files starts its worker while the config is read. An input this cannot list
    // (a glob that needs the matcher loaded, a missing path) starts nothing: the scan decides.
    prestart: (raw, ctx) => prestartScanWorker(expandWorkflowInput(ctx.workspace, (0,inputs/* splitList */.ry)(raw.workflows ?? '')).length)
};


/***/ }),

/***/ 4556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ ONLINE_CHECKS)
/* harmony export */ });
const ONLINE_CHECKS = [
    'impostor-commit',
    'known-vulnerable-actions',
    'stale-action-refs',
    'archived-uses',
    'ref-confusion',
    'ref-version-mismatch'
];


/***/ }),

/***/ 7237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qA: () => (/* binding */ isAttackerControlled),
  kz: () => (/* binding */ templateInjection)
});

// UNUSED EXPORTS: capabilityOf

// EXTERNAL MODULE: ./lib/workflows/expression-flow.js
var expression_flow = __nccwpck_require__(9187);
// EXTERNAL MODULE: ./lib/workflows/expressions.js
var expressions = __nccwpck_require__(4681);
// EXTERNAL MODULE: ./lib/gates/workflow-policy/types.js
var types = __nccwpck_require__(5908);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/context-capabilities.js
/**
 * Which `github.*` context values an outside contributor controls, fully (`arbitrary`) or in part
 * (`structured`: a URL, a label list), as zizmor classifies them (its context-capabilities.csv,
 * derived from GitHub's webhook payload schemas; facts only). Values not listed are fixed or unknown.
 */
const ARBITRARY = `
github.event.action
github.event.answer.body
github.event.answer.html_url
github.event.answer.node_id
github.event.answer.reactions.url
github.event.answer.repository_url
github.event.answer.user.avatar_url
github.event.answer.user.email
github.event.answer.user.followers_url
github.event.answer.user.gravatar_id
github.event.answer.user.html_url
github.event.answer.user.login
github.event.answer.user.name
github.event.answer.user.node_id
github.event.answer.user.organizations_url
github.event.answer.user.received_events_url
github.event.answer.user.repos_url
github.event.answer.user.subscriptions_url
github.event.answer.user.url
github.event.answer.user.user_view_type
github.event.assignee.avatar_url
github.event.assignee.email
github.event.assignee.followers_url
github.event.assignee.gravatar_id
github.event.assignee.html_url
github.event.assignee.login
github.event.assignee.name
github.event.assignee.node_id
github.event.assignee.organizations_url
github.event.assignee.received_events_url
github.event.assignee.repos_url
github.event.assignee.subscriptions_url
github.event.assignee.url
github.event.assignee.user_view_type
github.event.avatar_url
github.event.base_ref
github.event.branch
github.event.branches.*.commit.sha
github.event.branches.*.commit.url
github.event.branches.*.name
github.event.build.commit
github.event.build.created_at
github.event.build.error.message
github.event.build.pusher.avatar_url
github.event.build.pusher.email
github.event.build.pusher.followers_url
github.event.build.pusher.gravatar_id
github.event.build.pusher.html_url
github.event.build.pusher.login
github.event.build.pusher.name
github.event.build.pusher.node_id
github.event.build.pusher.organizations_url
github.event.build.pusher.received_events_url
github.event.build.pusher.repos_url
github.event.build.pusher.subscriptions_url
github.event.build.pusher.url
github.event.build.pusher.user_view_type
github.event.build.status
github.event.build.updated_at
github.event.build.url
github.event.changes.authorized_actor_names.from.*
github.event.changes.base.ref.from
github.event.changes.base.sha.from
github.event.changes.body.from
github.event.changes.category.from.description
github.event.changes.category.from.emoji
github.event.changes.category.from.name
github.event.changes.category.from.node_id
github.event.changes.category.from.slug
github.event.changes.category.from.updated_at
github.event.changes.color.from
github.event.changes.description.from
github.event.changes.due_on.from
github.event.changes.name.from
github.event.changes.new_discussion.active_lock_reason
github.event.changes.new_discussion.answer_chosen_at
github.event.changes.new_discussion.answer_chosen_by.avatar_url
github.event.changes.new_discussion.answer_chosen_by.email
github.event.changes.new_discussion.answer_chosen_by.followers_url
github.event.changes.new_discussion.answer_chosen_by.gravatar_id
github.event.changes.new_discussion.answer_chosen_by.html_url
github.event.changes.new_discussion.answer_chosen_by.login
github.event.changes.new_discussion.answer_chosen_by.name
github.event.changes.new_discussion.answer_chosen_by.node_id
github.event.changes.new_discussion.answer_chosen_by.organizations_url
github.event.changes.new_discussion.answer_chosen_by.received_events_url
github.event.changes.new_discussion.answer_chosen_by.repos_url
github.event.changes.new_discussion.answer_chosen_by.subscriptions_url
github.event.changes.new_discussion.answer_chosen_by.url
github.event.changes.new_discussion.answer_chosen_by.user_view_type
github.event.changes.new_discussion.answer_html_url
github.event.changes.new_discussion.body
github.event.changes.new_discussion.category.description
github.event.changes.new_discussion.category.emoji
github.event.changes.new_discussion.category.name
github.event.changes.new_discussion.category.node_id
github.event.changes.new_discussion.category.slug
github.event.changes.new_discussion.category.updated_at
github.event.changes.new_discussion.html_url
github.event.changes.new_discussion.labels.*.color
github.event.changes.new_discussion.labels.*.description
github.event.changes.new_discussion.labels.*.name
github.event.changes.new_discussion.labels.*.node_id
github.event.changes.new_discussion.labels.*.url
github.event.changes.new_discussion.node_id
github.event.changes.new_discussion.reactions.url
github.event.changes.new_discussion.repository_url
github.event.changes.new_discussion.timeline_url
github.event.changes.new_discussion.title
github.event.changes.new_discussion.user.avatar_url
github.event.changes.new_discussion.user.email
github.event.changes.new_discussion.user.followers_url
github.event.changes.new_discussion.user.gravatar_id
github.event.changes.new_discussion.user.html_url
github.event.changes.new_discussion.user.login
github.event.changes.new_discussion.user.name
github.event.changes.new_discussion.user.node_id
github.event.changes.new_discussion.user.organizations_url
github.event.changes.new_discussion.user.received_events_url
github.event.changes.new_discussion.user.repos_url
github.event.changes.new_discussion.user.subscriptions_url
github.event.changes.new_discussion.user.url
github.event.changes.new_discussion.user.user_view_type
github.event.changes.new_issue.assignee.avatar_url
github.event.changes.new_issue.assignee.email
github.event.changes.new_issue.assignee.followers_url
github.event.changes.new_issue.assignee.gravatar_id
github.event.changes.new_issue.assignee.html_url
github.event.changes.new_issue.assignee.login
github.event.changes.new_issue.assignee.name
github.event.changes.new_issue.assignee.node_id
github.event.changes.new_issue.assignee.organizations_url
github.event.changes.new_issue.assignee.received_events_url
github.event.changes.new_issue.assignee.repos_url
github.event.changes.new_issue.assignee.subscriptions_url
github.event.changes.new_issue.assignee.url
github.event.changes.new_issue.assignee.user_view_type
github.event.changes.new_issue.assignees.*.avatar_url
github.event.changes.new_issue.assignees.*.email
github.event.changes.new_issue.assignees.*.followers_url
github.event.changes.new_issue.assignees.*.gravatar_id
github.event.changes.new_issue.assignees.*.html_url
github.event.changes.new_issue.assignees.*.login
github.event.changes.new_issue.assignees.*.name
github.event.changes.new_issue.assignees.*.node_id
github.event.changes.new_issue.assignees.*.organizations_url
github.event.changes.new_issue.assignees.*.received_events_url
github.event.changes.new_issue.assignees.*.repos_url
github.event.changes.new_issue.assignees.*.subscriptions_url
github.event.changes.new_issue.assignees.*.url
github.event.changes.new_issue.assignees.*.user_view_type
github.event.changes.new_issue.body
github.event.changes.new_issue.comments_url
github.event.changes.new_issue.events_url
github.event.changes.new_issue.html_url
github.event.changes.new_issue.issue_field_values.*.node_id
github.event.changes.new_issue.issue_field_values.*.single_select_option.color
github.event.changes.new_issue.issue_field_values.*.single_select_option.name
github.event.changes.new_issue.issue_field_values.*.value
github.event.changes.new_issue.labels.*.color
github.event.changes.new_issue.labels.*.description
github.event.changes.new_issue.labels.*.name
github.event.changes.new_issue.labels.*.node_id
github.event.changes.new_issue.labels.*.url
github.event.changes.new_issue.milestone.creator.avatar_url
github.event.changes.new_issue.milestone.creator.email
github.event.changes.new_issue.milestone.creator.followers_url
github.event.changes.new_issue.milestone.creator.gravatar_id
github.event.changes.new_issue.milestone.creator.html_url
github.event.changes.new_issue.milestone.creator.login
github.event.changes.new_issue.milestone.creator.name
github.event.changes.new_issue.milestone.creator.node_id
github.event.changes.new_issue.milestone.creator.organizations_url
github.event.changes.new_issue.milestone.creator.received_events_url
github.event.changes.new_issue.milestone.creator.repos_url
github.event.changes.new_issue.milestone.creator.subscriptions_url
github.event.changes.new_issue.milestone.creator.url
github.event.changes.new_issue.milestone.creator.user_view_type
github.event.changes.new_issue.milestone.description
github.event.changes.new_issue.milestone.html_url
github.event.changes.new_issue.milestone.labels_url
github.event.changes.new_issue.milestone.node_id
github.event.changes.new_issue.milestone.title
github.event.changes.new_issue.milestone.url
github.event.changes.new_issue.node_id
github.event.changes.new_issue.performed_via_github_app.description
github.event.changes.new_issue.performed_via_github_app.external_url
github.event.changes.new_issue.performed_via_github_app.html_url
github.event.changes.new_issue.performed_via_github_app.name
github.event.changes.new_issue.performed_via_github_app.node_id
github.event.changes.new_issue.performed_via_github_app.owner.avatar_url
github.event.changes.new_issue.performed_via_github_app.owner.email
github.event.changes.new_issue.performed_via_github_app.owner.followers_url
github.event.changes.new_issue.performed_via_github_app.owner.gravatar_id
github.event.changes.new_issue.performed_via_github_app.owner.html_url
github.event.changes.new_issue.performed_via_github_app.owner.login
github.event.changes.new_issue.performed_via_github_app.owner.name
github.event.changes.new_issue.performed_via_github_app.owner.node_id
github.event.changes.new_issue.performed_via_github_app.owner.organizations_url
github.event.changes.new_issue.performed_via_github_app.owner.received_events_url
github.event.changes.new_issue.performed_via_github_app.owner.repos_url
github.event.changes.new_issue.performed_via_github_app.owner.subscriptions_url
github.event.changes.new_issue.performed_via_github_app.owner.url
github.event.changes.new_issue.performed_via_github_app.owner.user_view_type
github.event.changes.new_issue.performed_via_github_app.slug
github.event.changes.new_issue.pull_request.diff_url
github.event.changes.new_issue.pull_request.html_url
github.event.changes.new_issue.pull_request.patch_url
github.event.changes.new_issue.pull_request.url
github.event.changes.new_issue.reactions.url
github.event.changes.new_issue.repository_url
github.event.changes.new_issue.state_reason
github.event.changes.new_issue.timeline_url
github.event.changes.new_issue.title
github.event.changes.new_issue.type.description
github.event.changes.new_issue.type.name
github.event.changes.new_issue.type.node_id
github.event.changes.new_issue.url
github.event.changes.new_issue.user.avatar_url
github.event.changes.new_issue.user.email
github.event.changes.new_issue.user.followers_url
github.event.changes.new_issue.user.gravatar_id
github.event.changes.new_issue.user.html_url
github.event.changes.new_issue.user.login
github.event.changes.new_issue.user.name
github.event.changes.new_issue.user.node_id
github.event.changes.new_issue.user.organizations_url
github.event.changes.new_issue.user.received_events_url
github.event.changes.new_issue.user.repos_url
github.event.changes.new_issue.user.subscriptions_url
github.event.changes.new_issue.user.url
github.event.changes.new_issue.user.user_view_type
github.event.changes.new_repository.archive_url
github.event.changes.new_repository.assignees_url
github.event.changes.new_repository.blobs_url
github.event.changes.new_repository.branches_url
github.event.changes.new_repository.clone_url
github.event.changes.new_repository.collaborators_url
github.event.changes.new_repository.comments_url
github.event.changes.new_repository.commits_url
github.event.changes.new_repository.compare_url
github.event.changes.new_repository.contents_url
github.event.changes.new_repository.contributors_url
github.event.changes.new_repository.custom_properties
github.event.changes.new_repository.custom_properties.*
github.event.changes.new_repository.default_branch
github.event.changes.new_repository.deployments_url
github.event.changes.new_repository.description
github.event.changes.new_repository.downloads_url
github.event.changes.new_repository.events_url
github.event.changes.new_repository.forks_url
github.event.changes.new_repository.full_name
github.event.changes.new_repository.git_commits_url
github.event.changes.new_repository.git_refs_url
github.event.changes.new_repository.git_tags_url
github.event.changes.new_repository.git_url
github.event.changes.new_repository.homepage
github.event.changes.new_repository.hooks_url
github.event.changes.new_repository.html_url
github.event.changes.new_repository.issue_comment_url
github.event.changes.new_repository.issue_events_url
github.event.changes.new_repository.issues_url
github.event.changes.new_repository.keys_url
github.event.changes.new_repository.labels_url
github.event.changes.new_repository.language
github.event.changes.new_repository.languages_url
github.event.changes.new_repository.license.html_url
github.event.changes.new_repository.license.key
github.event.changes.new_repository.license.name
github.event.changes.new_repository.license.node_id
github.event.changes.new_repository.license.spdx_id
github.event.changes.new_repository.license.url
github.event.changes.new_repository.master_branch
github.event.changes.new_repository.merges_url
github.event.changes.new_repository.milestones_url
github.event.changes.new_repository.mirror_url
github.event.changes.new_repository.name
github.event.changes.new_repository.node_id
github.event.changes.new_repository.notifications_url
github.event.changes.new_repository.organization
github.event.changes.new_repository.organization.avatar_url
github.event.changes.new_repository.organization.email
github.event.changes.new_repository.organization.events_url
github.event.changes.new_repository.organization.followers_url
github.event.changes.new_repository.organization.following_url
github.event.changes.new_repository.organization.gists_url
github.event.changes.new_repository.organization.gravatar_id
github.event.changes.new_repository.organization.html_url
github.event.changes.new_repository.organization.login
github.event.changes.new_repository.organization.name
github.event.changes.new_repository.organization.node_id
github.event.changes.new_repository.organization.organizations_url
github.event.changes.new_repository.organization.received_events_url
github.event.changes.new_repository.organization.repos_url
github.event.changes.new_repository.organization.starred_at
github.event.changes.new_repository.organization.starred_url
github.event.changes.new_repository.organization.subscriptions_url
github.event.changes.new_repository.organization.type
github.event.changes.new_repository.organization.url
github.event.changes.new_repository.organization.user_view_type
github.event.changes.new_repository.owner.avatar_url
github.event.changes.new_repository.owner.email
github.event.changes.new_repository.owner.events_url
github.event.changes.new_repository.owner.followers_url
github.event.changes.new_repository.owner.following_url
github.event.changes.new_repository.owner.gists_url
github.event.changes.new_repository.owner.gravatar_id
github.event.changes.new_repository.owner.html_url
github.event.changes.new_repository.owner.login
github.event.changes.new_repository.owner.name
github.event.changes.new_repository.owner.node_id
github.event.changes.new_repository.owner.organizations_url
github.event.changes.new_repository.owner.received_events_url
github.event.changes.new_repository.owner.repos_url
github.event.changes.new_repository.owner.starred_at
github.event.changes.new_repository.owner.starred_url
github.event.changes.new_repository.owner.subscriptions_url
github.event.changes.new_repository.owner.type
github.event.changes.new_repository.owner.url
github.event.changes.new_repository.owner.user_view_type
github.event.changes.new_repository.pulls_url
github.event.changes.new_repository.releases_url
github.event.changes.new_repository.role_name
github.event.changes.new_repository.ssh_url
github.event.changes.new_repository.stargazers_url
github.event.changes.new_repository.starred_at
github.event.changes.new_repository.statuses_url
github.event.changes.new_repository.subscribers_url
github.event.changes.new_repository.subscription_url
github.event.changes.new_repository.svn_url
github.event.changes.new_repository.tags_url
github.event.changes.new_repository.teams_url
github.event.changes.new_repository.temp_clone_token
github.event.changes.new_repository.template_repository.archive_url
github.event.changes.new_repository.template_repository.assignees_url
github.event.changes.new_repository.template_repository.blobs_url
github.event.changes.new_repository.template_repository.branches_url
github.event.changes.new_repository.template_repository.clone_url
github.event.changes.new_repository.template_repository.collaborators_url
github.event.changes.new_repository.template_repository.comments_url
github.event.changes.new_repository.template_repository.commits_url
github.event.changes.new_repository.template_repository.compare_url
github.event.changes.new_repository.template_repository.contents_url
github.event.changes.new_repository.template_repository.contributors_url
github.event.changes.new_repository.template_repository.created_at
github.event.changes.new_repository.template_repository.default_branch
github.event.changes.new_repository.template_repository.deployments_url
github.event.changes.new_repository.template_repository.description
github.event.changes.new_repository.template_repository.downloads_url
github.event.changes.new_repository.template_repository.events_url
github.event.changes.new_repository.template_repository.forks_url
github.event.changes.new_repository.template_repository.full_name
github.event.changes.new_repository.template_repository.git_commits_url
github.event.changes.new_repository.template_repository.git_refs_url
github.event.changes.new_repository.template_repository.git_tags_url
github.event.changes.new_repository.template_repository.git_url
github.event.changes.new_repository.template_repository.homepage
github.event.changes.new_repository.template_repository.hooks_url
github.event.changes.new_repository.template_repository.html_url
github.event.changes.new_repository.template_repository.issue_comment_url
github.event.changes.new_repository.template_repository.issue_events_url
github.event.changes.new_repository.template_repository.issues_url
github.event.changes.new_repository.template_repository.keys_url
github.event.changes.new_repository.template_repository.labels_url
github.event.changes.new_repository.template_repository.language
github.event.changes.new_repository.template_repository.languages_url
github.event.changes.new_repository.template_repository.merges_url
github.event.changes.new_repository.template_repository.milestones_url
github.event.changes.new_repository.template_repository.mirror_url
github.event.changes.new_repository.template_repository.name
github.event.changes.new_repository.template_repository.node_id
github.event.changes.new_repository.template_repository.notifications_url
github.event.changes.new_repository.template_repository.owner.avatar_url
github.event.changes.new_repository.template_repository.owner.events_url
github.event.changes.new_repository.template_repository.owner.followers_url
github.event.changes.new_repository.template_repository.owner.following_url
github.event.changes.new_repository.template_repository.owner.gists_url
github.event.changes.new_repository.template_repository.owner.gravatar_id
github.event.changes.new_repository.template_repository.owner.html_url
github.event.changes.new_repository.template_repository.owner.login
github.event.changes.new_repository.template_repository.owner.node_id
github.event.changes.new_repository.template_repository.owner.organizations_url
github.event.changes.new_repository.template_repository.owner.received_events_url
github.event.changes.new_repository.template_repository.owner.repos_url
github.event.changes.new_repository.template_repository.owner.starred_url
github.event.changes.new_repository.template_repository.owner.subscriptions_url
github.event.changes.new_repository.template_repository.owner.type
github.event.changes.new_repository.template_repository.owner.url
github.event.changes.new_repository.template_repository.pulls_url
github.event.changes.new_repository.template_repository.pushed_at
github.event.changes.new_repository.template_repository.releases_url
github.event.changes.new_repository.template_repository.ssh_url
github.event.changes.new_repository.template_repository.stargazers_url
github.event.changes.new_repository.template_repository.statuses_url
github.event.changes.new_repository.template_repository.subscribers_url
github.event.changes.new_repository.template_repository.subscription_url
github.event.changes.new_repository.template_repository.svn_url
github.event.changes.new_repository.template_repository.tags_url
github.event.changes.new_repository.template_repository.teams_url
github.event.changes.new_repository.template_repository.temp_clone_token
github.event.changes.new_repository.template_repository.topics.*
github.event.changes.new_repository.template_repository.trees_url
github.event.changes.new_repository.template_repository.updated_at
github.event.changes.new_repository.template_repository.url
github.event.changes.new_repository.template_repository.visibility
github.event.changes.new_repository.topics.*
github.event.changes.new_repository.trees_url
github.event.changes.new_repository.url
github.event.changes.new_repository.visibility
github.event.changes.old_issue.assignee.avatar_url
github.event.changes.old_issue.assignee.email
github.event.changes.old_issue.assignee.followers_url
github.event.changes.old_issue.assignee.gravatar_id
github.event.changes.old_issue.assignee.html_url
github.event.changes.old_issue.assignee.login
github.event.changes.old_issue.assignee.name
github.event.changes.old_issue.assignee.node_id
github.event.changes.old_issue.assignee.organizations_url
github.event.changes.old_issue.assignee.received_events_url
github.event.changes.old_issue.assignee.repos_url
github.event.changes.old_issue.assignee.subscriptions_url
github.event.changes.old_issue.assignee.url
github.event.changes.old_issue.assignee.user_view_type
github.event.changes.old_issue.assignees.*.avatar_url
github.event.changes.old_issue.assignees.*.email
github.event.changes.old_issue.assignees.*.followers_url
github.event.changes.old_issue.assignees.*.gravatar_id
github.event.changes.old_issue.assignees.*.html_url
github.event.changes.old_issue.assignees.*.login
github.event.changes.old_issue.assignees.*.name
github.event.changes.old_issue.assignees.*.node_id
github.event.changes.old_issue.assignees.*.organizations_url
github.event.changes.old_issue.assignees.*.received_events_url
github.event.changes.old_issue.assignees.*.repos_url
github.event.changes.old_issue.assignees.*.subscriptions_url
github.event.changes.old_issue.assignees.*.url
github.event.changes.old_issue.assignees.*.user_view_type
github.event.changes.old_issue.body
github.event.changes.old_issue.comments_url
github.event.changes.old_issue.events_url
github.event.changes.old_issue.html_url
github.event.changes.old_issue.issue_field_values.*.node_id
github.event.changes.old_issue.issue_field_values.*.single_select_option.color
github.event.changes.old_issue.issue_field_values.*.single_select_option.name
github.event.changes.old_issue.issue_field_values.*.value
github.event.changes.old_issue.labels.*.color
github.event.changes.old_issue.labels.*.description
github.event.changes.old_issue.labels.*.name
github.event.changes.old_issue.labels.*.node_id
github.event.changes.old_issue.labels.*.url
github.event.changes.old_issue.milestone.creator.avatar_url
github.event.changes.old_issue.milestone.creator.email
github.event.changes.old_issue.milestone.creator.followers_url
github.event.changes.old_issue.milestone.creator.gravatar_id
github.event.changes.old_issue.milestone.creator.html_url
github.event.changes.old_issue.milestone.creator.login
github.event.changes.old_issue.milestone.creator.name
github.event.changes.old_issue.milestone.creator.node_id
github.event.changes.old_issue.milestone.creator.organizations_url
github.event.changes.old_issue.milestone.creator.received_events_url
github.event.changes.old_issue.milestone.creator.repos_url
github.event.changes.old_issue.milestone.creator.subscriptions_url
github.event.changes.old_issue.milestone.creator.url
github.event.changes.old_issue.milestone.creator.user_view_type
github.event.changes.old_issue.milestone.description
github.event.changes.old_issue.milestone.html_url
github.event.changes.old_issue.milestone.labels_url
github.event.changes.old_issue.milestone.node_id
github.event.changes.old_issue.milestone.title
github.event.changes.old_issue.milestone.url
github.event.changes.old_issue.node_id
github.event.changes.old_issue.performed_via_github_app.description
github.event.changes.old_issue.performed_via_github_app.external_url
github.event.changes.old_issue.performed_via_github_app.html_url
github.event.changes.old_issue.performed_via_github_app.name
github.event.changes.old_issue.performed_via_github_app.node_id
github.event.changes.old_issue.performed_via_github_app.owner.avatar_url
github.event.changes.old_issue.performed_via_github_app.owner.email
github.event.changes.old_issue.performed_via_github_app.owner.followers_url
github.event.changes.old_issue.performed_via_github_app.owner.gravatar_id
github.event.changes.old_issue.performed_via_github_app.owner.html_url
github.event.changes.old_issue.performed_via_github_app.owner.login
github.event.changes.old_issue.performed_via_github_app.owner.name
github.event.changes.old_issue.performed_via_github_app.owner.node_id
github.event.changes.old_issue.performed_via_github_app.owner.organizations_url
github.event.changes.old_issue.performed_via_github_app.owner.received_events_url
github.event.changes.old_issue.performed_via_github_app.owner.repos_url
github.event.changes.old_issue.performed_via_github_app.owner.subscriptions_url
github.event.changes.old_issue.performed_via_github_app.owner.url
github.event.changes.old_issue.performed_via_github_app.owner.user_view_type
github.event.changes.old_issue.performed_via_github_app.slug
github.event.changes.old_issue.pull_request.diff_url
github.event.changes.old_issue.pull_request.html_url
github.event.changes.old_issue.pull_request.patch_url
github.event.changes.old_issue.pull_request.url
github.event.changes.old_issue.reactions.url
github.event.changes.old_issue.repository_url
github.event.changes.old_issue.state_reason
github.event.changes.old_issue.timeline_url
github.event.changes.old_issue.title
github.event.changes.old_issue.type.description
github.event.changes.old_issue.type.name
github.event.changes.old_issue.type.node_id
github.event.changes.old_issue.url
github.event.changes.old_issue.user.avatar_url
github.event.changes.old_issue.user.email
github.event.changes.old_issue.user.followers_url
github.event.changes.old_issue.user.gravatar_id
github.event.changes.old_issue.user.html_url
github.event.changes.old_issue.user.login
github.event.changes.old_issue.user.name
github.event.changes.old_issue.user.node_id
github.event.changes.old_issue.user.organizations_url
github.event.changes.old_issue.user.received_events_url
github.event.changes.old_issue.user.repos_url
github.event.changes.old_issue.user.subscriptions_url
github.event.changes.old_issue.user.url
github.event.changes.old_issue.user.user_view_type
github.event.changes.old_repository.clone_url
github.event.changes.old_repository.contributors_url
github.event.changes.old_repository.custom_properties
github.event.changes.old_repository.custom_properties.*
github.event.changes.old_repository.default_branch
github.event.changes.old_repository.deployments_url
github.event.changes.old_repository.description
github.event.changes.old_repository.downloads_url
github.event.changes.old_repository.events_url
github.event.changes.old_repository.forks_url
github.event.changes.old_repository.full_name
github.event.changes.old_repository.git_url
github.event.changes.old_repository.homepage
github.event.changes.old_repository.hooks_url
github.event.changes.old_repository.html_url
github.event.changes.old_repository.language
github.event.changes.old_repository.languages_url
github.event.changes.old_repository.license.key
github.event.changes.old_repository.license.name
github.event.changes.old_repository.license.node_id
github.event.changes.old_repository.license.spdx_id
github.event.changes.old_repository.license.url
github.event.changes.old_repository.master_branch
github.event.changes.old_repository.merges_url
github.event.changes.old_repository.mirror_url
github.event.changes.old_repository.name
github.event.changes.old_repository.node_id
github.event.changes.old_repository.organization
github.event.changes.old_repository.owner.avatar_url
github.event.changes.old_repository.owner.email
github.event.changes.old_repository.owner.followers_url
github.event.changes.old_repository.owner.gravatar_id
github.event.changes.old_repository.owner.html_url
github.event.changes.old_repository.owner.login
github.event.changes.old_repository.owner.name
github.event.changes.old_repository.owner.node_id
github.event.changes.old_repository.owner.organizations_url
github.event.changes.old_repository.owner.received_events_url
github.event.changes.old_repository.owner.repos_url
github.event.changes.old_repository.owner.subscriptions_url
github.event.changes.old_repository.owner.url
github.event.changes.old_repository.owner.user_view_type
github.event.changes.old_repository.role_name
github.event.changes.old_repository.ssh_url
github.event.changes.old_repository.stargazers_url
github.event.changes.old_repository.subscribers_url
github.event.changes.old_repository.subscription_url
github.event.changes.old_repository.svn_url
github.event.changes.old_repository.tags_url
github.event.changes.old_repository.teams_url
github.event.changes.old_repository.topics.*
github.event.changes.old_repository.url
github.event.changes.required_status_checks.from.*
github.event.changes.tag_name.from
github.event.changes.title.from
github.event.check_run.app.client_id
github.event.check_run.app.description
github.event.check_run.app.events.*
github.event.check_run.app.external_url
github.event.check_run.app.html_url
github.event.check_run.app.name
github.event.check_run.app.node_id
github.event.check_run.app.owner.avatar_url
github.event.check_run.app.owner.description
github.event.check_run.app.owner.email
github.event.check_run.app.owner.events_url
github.event.check_run.app.owner.followers_url
github.event.check_run.app.owner.following_url
github.event.check_run.app.owner.gists_url
github.event.check_run.app.owner.gravatar_id
github.event.check_run.app.owner.html_url
github.event.check_run.app.owner.login
github.event.check_run.app.owner.name
github.event.check_run.app.owner.node_id
github.event.check_run.app.owner.organizations_url
github.event.check_run.app.owner.received_events_url
github.event.check_run.app.owner.repos_url
github.event.check_run.app.owner.slug
github.event.check_run.app.owner.starred_at
github.event.check_run.app.owner.starred_url
github.event.check_run.app.owner.subscriptions_url
github.event.check_run.app.owner.type
github.event.check_run.app.owner.url
github.event.check_run.app.owner.user_view_type
github.event.check_run.app.owner.website_url
github.event.check_run.app.permissions.*
github.event.check_run.app.permissions.checks
github.event.check_run.app.permissions.contents
github.event.check_run.app.permissions.deployments
github.event.check_run.app.permissions.issues
github.event.check_run.app.permissions.metadata
github.event.check_run.app.slug
github.event.check_run.check_suite.after
github.event.check_run.check_suite.app.client_id
github.event.check_run.check_suite.app.description
github.event.check_run.check_suite.app.events.*
github.event.check_run.check_suite.app.external_url
github.event.check_run.check_suite.app.html_url
github.event.check_run.check_suite.app.name
github.event.check_run.check_suite.app.node_id
github.event.check_run.check_suite.app.owner.avatar_url
github.event.check_run.check_suite.app.owner.description
github.event.check_run.check_suite.app.owner.email
github.event.check_run.check_suite.app.owner.events_url
github.event.check_run.check_suite.app.owner.followers_url
github.event.check_run.check_suite.app.owner.following_url
github.event.check_run.check_suite.app.owner.gists_url
github.event.check_run.check_suite.app.owner.gravatar_id
github.event.check_run.check_suite.app.owner.html_url
github.event.check_run.check_suite.app.owner.login
github.event.check_run.check_suite.app.owner.name
github.event.check_run.check_suite.app.owner.node_id
github.event.check_run.check_suite.app.owner.organizations_url
github.event.check_run.check_suite.app.owner.received_events_url
github.event.check_run.check_suite.app.owner.repos_url
github.event.check_run.check_suite.app.owner.slug
github.event.check_run.check_suite.app.owner.starred_at
github.event.check_run.check_suite.app.owner.starred_url
github.event.check_run.check_suite.app.owner.subscriptions_url
github.event.check_run.check_suite.app.owner.type
github.event.check_run.check_suite.app.owner.url
github.event.check_run.check_suite.app.owner.user_view_type
github.event.check_run.check_suite.app.owner.website_url
github.event.check_run.check_suite.app.permissions.*
github.event.check_run.check_suite.app.permissions.checks
github.event.check_run.check_suite.app.permissions.contents
github.event.check_run.check_suite.app.permissions.deployments
github.event.check_run.check_suite.app.permissions.issues
github.event.check_run.check_suite.app.permissions.metadata
github.event.check_run.check_suite.app.slug
github.event.check_run.check_suite.before
github.event.check_run.check_suite.head_branch
github.event.check_run.check_suite.head_sha
github.event.check_run.check_suite.node_id
github.event.check_run.check_suite.pull_requests.*.base.ref
github.event.check_run.check_suite.pull_requests.*.base.repo.name
github.event.check_run.check_suite.pull_requests.*.base.repo.url
github.event.check_run.check_suite.pull_requests.*.base.sha
github.event.check_run.check_suite.pull_requests.*.head.ref
github.event.check_run.check_suite.pull_requests.*.head.repo.name
github.event.check_run.check_suite.pull_requests.*.head.repo.url
github.event.check_run.check_suite.pull_requests.*.head.sha
github.event.check_run.check_suite.pull_requests.*.url
github.event.check_run.check_suite.repository.archive_url
github.event.check_run.check_suite.repository.assignees_url
github.event.check_run.check_suite.repository.blobs_url
github.event.check_run.check_suite.repository.branches_url
github.event.check_run.check_suite.repository.clone_url
github.event.check_run.check_suite.repository.code_of_conduct.body
github.event.check_run.check_suite.repository.code_of_conduct.html_url
github.event.check_run.check_suite.repository.code_of_conduct.key
github.event.check_run.check_suite.repository.code_of_conduct.name
github.event.check_run.check_suite.repository.code_of_conduct.url
github.event.check_run.check_suite.repository.collaborators_url
github.event.check_run.check_suite.repository.comments_url
github.event.check_run.check_suite.repository.commits_url
github.event.check_run.check_suite.repository.compare_url
github.event.check_run.check_suite.repository.contents_url
github.event.check_run.check_suite.repository.contributors_url
github.event.check_run.check_suite.repository.custom_properties
github.event.check_run.check_suite.repository.custom_properties.*
github.event.check_run.check_suite.repository.default_branch
github.event.check_run.check_suite.repository.deployments_url
github.event.check_run.check_suite.repository.description
github.event.check_run.check_suite.repository.downloads_url
github.event.check_run.check_suite.repository.events_url
github.event.check_run.check_suite.repository.forks_url
github.event.check_run.check_suite.repository.full_name
github.event.check_run.check_suite.repository.git_commits_url
github.event.check_run.check_suite.repository.git_refs_url
github.event.check_run.check_suite.repository.git_tags_url
github.event.check_run.check_suite.repository.git_url
github.event.check_run.check_suite.repository.homepage
github.event.check_run.check_suite.repository.hooks_url
github.event.check_run.check_suite.repository.html_url
github.event.check_run.check_suite.repository.issue_comment_url
github.event.check_run.check_suite.repository.issue_events_url
github.event.check_run.check_suite.repository.issues_url
github.event.check_run.check_suite.repository.keys_url
github.event.check_run.check_suite.repository.labels_url
github.event.check_run.check_suite.repository.language
github.event.check_run.check_suite.repository.languages_url
github.event.check_run.check_suite.repository.license.key
github.event.check_run.check_suite.repository.license.name
github.event.check_run.check_suite.repository.license.node_id
github.event.check_run.check_suite.repository.license.spdx_id
github.event.check_run.check_suite.repository.license.url
github.event.check_run.check_suite.repository.merges_url
github.event.check_run.check_suite.repository.milestones_url
github.event.check_run.check_suite.repository.mirror_url
github.event.check_run.check_suite.repository.name
github.event.check_run.check_suite.repository.node_id
github.event.check_run.check_suite.repository.notifications_url
github.event.check_run.check_suite.repository.owner.avatar_url
github.event.check_run.check_suite.repository.owner.email
github.event.check_run.check_suite.repository.owner.events_url
github.event.check_run.check_suite.repository.owner.followers_url
github.event.check_run.check_suite.repository.owner.following_url
github.event.check_run.check_suite.repository.owner.gists_url
github.event.check_run.check_suite.repository.owner.gravatar_id
github.event.check_run.check_suite.repository.owner.html_url
github.event.check_run.check_suite.repository.owner.login
github.event.check_run.check_suite.repository.owner.name
github.event.check_run.check_suite.repository.owner.node_id
github.event.check_run.check_suite.repository.owner.organizations_url
github.event.check_run.check_suite.repository.owner.received_events_url
github.event.check_run.check_suite.repository.owner.repos_url
github.event.check_run.check_suite.repository.owner.starred_at
github.event.check_run.check_suite.repository.owner.starred_url
github.event.check_run.check_suite.repository.owner.subscriptions_url
github.event.check_run.check_suite.repository.owner.type
github.event.check_run.check_suite.repository.owner.url
github.event.check_run.check_suite.repository.owner.user_view_type
github.event.check_run.check_suite.repository.pulls_url
github.event.check_run.check_suite.repository.releases_url
github.event.check_run.check_suite.repository.role_name
github.event.check_run.check_suite.repository.ssh_url
github.event.check_run.check_suite.repository.stargazers_url
github.event.check_run.check_suite.repository.statuses_url
github.event.check_run.check_suite.repository.subscribers_url
github.event.check_run.check_suite.repository.subscription_url
github.event.check_run.check_suite.repository.svn_url
github.event.check_run.check_suite.repository.tags_url
github.event.check_run.check_suite.repository.teams_url
github.event.check_run.check_suite.repository.temp_clone_token
github.event.check_run.check_suite.repository.topics.*
github.event.check_run.check_suite.repository.trees_url
github.event.check_run.check_suite.repository.url
github.event.check_run.check_suite.repository.visibility
github.event.check_run.check_suite.url
github.event.check_run.deployment.description
github.event.check_run.deployment.environment
github.event.check_run.deployment.node_id
github.event.check_run.deployment.original_environment
github.event.check_run.deployment.performed_via_github_app.client_id
github.event.check_run.deployment.performed_via_github_app.description
github.event.check_run.deployment.performed_via_github_app.events.*
github.event.check_run.deployment.performed_via_github_app.external_url
github.event.check_run.deployment.performed_via_github_app.html_url
github.event.check_run.deployment.performed_via_github_app.name
github.event.check_run.deployment.performed_via_github_app.node_id
github.event.check_run.deployment.performed_via_github_app.owner.avatar_url
github.event.check_run.deployment.performed_via_github_app.owner.description
github.event.check_run.deployment.performed_via_github_app.owner.email
github.event.check_run.deployment.performed_via_github_app.owner.events_url
github.event.check_run.deployment.performed_via_github_app.owner.followers_url
github.event.check_run.deployment.performed_via_github_app.owner.following_url
github.event.check_run.deployment.performed_via_github_app.owner.gists_url
github.event.check_run.deployment.performed_via_github_app.owner.gravatar_id
github.event.check_run.deployment.performed_via_github_app.owner.html_url
github.event.check_run.deployment.performed_via_github_app.owner.login
github.event.check_run.deployment.performed_via_github_app.owner.name
github.event.check_run.deployment.performed_via_github_app.owner.node_id
github.event.check_run.deployment.performed_via_github_app.owner.organizations_url
github.event.check_run.deployment.performed_via_github_app.owner.received_events_url
github.event.check_run.deployment.performed_via_github_app.owner.repos_url
github.event.check_run.deployment.performed_via_github_app.owner.slug
github.event.check_run.deployment.performed_via_github_app.owner.starred_at
github.event.check_run.deployment.performed_via_github_app.owner.starred_url
github.event.check_run.deployment.performed_via_github_app.owner.subscriptions_url
github.event.check_run.deployment.performed_via_github_app.owner.type
github.event.check_run.deployment.performed_via_github_app.owner.url
github.event.check_run.deployment.performed_via_github_app.owner.user_view_type
github.event.check_run.deployment.performed_via_github_app.owner.website_url
github.event.check_run.deployment.performed_via_github_app.permissions.*
github.event.check_run.deployment.performed_via_github_app.permissions.checks
github.event.check_run.deployment.performed_via_github_app.permissions.contents
github.event.check_run.deployment.performed_via_github_app.permissions.deployments
github.event.check_run.deployment.performed_via_github_app.permissions.issues
github.event.check_run.deployment.performed_via_github_app.permissions.metadata
github.event.check_run.deployment.performed_via_github_app.slug
github.event.check_run.deployment.repository_url
github.event.check_run.deployment.statuses_url
github.event.check_run.deployment.task
github.event.check_run.deployment.url
github.event.check_run.details_url
github.event.check_run.external_id
github.event.check_run.head_sha
github.event.check_run.html_url
github.event.check_run.name
github.event.check_run.node_id
github.event.check_run.output.annotations_url
github.event.check_run.output.summary
github.event.check_run.output.text
github.event.check_run.output.title
github.event.check_run.pull_requests.*.base.ref
github.event.check_run.pull_requests.*.base.repo.name
github.event.check_run.pull_requests.*.base.repo.url
github.event.check_run.pull_requests.*.base.sha
github.event.check_run.pull_requests.*.head.ref
github.event.check_run.pull_requests.*.head.repo.name
github.event.check_run.pull_requests.*.head.repo.url
github.event.check_run.pull_requests.*.head.sha
github.event.check_run.pull_requests.*.url
github.event.check_run.url
github.event.check_suite.after
github.event.check_suite.app.client_id
github.event.check_suite.app.description
github.event.check_suite.app.external_url
github.event.check_suite.app.html_url
github.event.check_suite.app.name
github.event.check_suite.app.node_id
github.event.check_suite.app.owner.avatar_url
github.event.check_suite.app.owner.email
github.event.check_suite.app.owner.followers_url
github.event.check_suite.app.owner.gravatar_id
github.event.check_suite.app.owner.html_url
github.event.check_suite.app.owner.login
github.event.check_suite.app.owner.name
github.event.check_suite.app.owner.node_id
github.event.check_suite.app.owner.organizations_url
github.event.check_suite.app.owner.received_events_url
github.event.check_suite.app.owner.repos_url
github.event.check_suite.app.owner.subscriptions_url
github.event.check_suite.app.owner.url
github.event.check_suite.app.owner.user_view_type
github.event.check_suite.app.slug
github.event.check_suite.before
github.event.check_suite.check_runs_url
github.event.check_suite.head_branch
github.event.check_suite.head_commit.author.name
github.event.check_suite.head_commit.author.username
github.event.check_suite.head_commit.committer.name
github.event.check_suite.head_commit.committer.username
github.event.check_suite.head_commit.id
github.event.check_suite.head_commit.message
github.event.check_suite.head_commit.timestamp
github.event.check_suite.head_commit.tree_id
github.event.check_suite.head_sha
github.event.check_suite.node_id
github.event.check_suite.pull_requests.*.base.ref
github.event.check_suite.pull_requests.*.base.repo.name
github.event.check_suite.pull_requests.*.base.repo.url
github.event.check_suite.pull_requests.*.base.sha
github.event.check_suite.pull_requests.*.head.ref
github.event.check_suite.pull_requests.*.head.repo.name
github.event.check_suite.pull_requests.*.head.repo.url
github.event.check_suite.pull_requests.*.head.sha
github.event.check_suite.pull_requests.*.url
github.event.check_suite.url
github.event.client_payload
github.event.client_payload.*
github.event.comment.body
github.event.comment.commit_id
github.event.comment.created_at
github.event.comment.diff_hunk
github.event.comment.html_url
github.event.comment.issue_url
github.event.comment.node_id
github.event.comment.original_commit_id
github.event.comment.path
github.event.comment.performed_via_github_app.client_id
github.event.comment.performed_via_github_app.description
github.event.comment.performed_via_github_app.events.*
github.event.comment.performed_via_github_app.external_url
github.event.comment.performed_via_github_app.html_url
github.event.comment.performed_via_github_app.name
github.event.comment.performed_via_github_app.node_id
github.event.comment.performed_via_github_app.owner.avatar_url
github.event.comment.performed_via_github_app.owner.description
github.event.comment.performed_via_github_app.owner.email
github.event.comment.performed_via_github_app.owner.events_url
github.event.comment.performed_via_github_app.owner.followers_url
github.event.comment.performed_via_github_app.owner.following_url
github.event.comment.performed_via_github_app.owner.gists_url
github.event.comment.performed_via_github_app.owner.gravatar_id
github.event.comment.performed_via_github_app.owner.html_url
github.event.comment.performed_via_github_app.owner.login
github.event.comment.performed_via_github_app.owner.name
github.event.comment.performed_via_github_app.owner.node_id
github.event.comment.performed_via_github_app.owner.organizations_url
github.event.comment.performed_via_github_app.owner.received_events_url
github.event.comment.performed_via_github_app.owner.repos_url
github.event.comment.performed_via_github_app.owner.slug
github.event.comment.performed_via_github_app.owner.starred_at
github.event.comment.performed_via_github_app.owner.starred_url
github.event.comment.performed_via_github_app.owner.subscriptions_url
github.event.comment.performed_via_github_app.owner.type
github.event.comment.performed_via_github_app.owner.url
github.event.comment.performed_via_github_app.owner.user_view_type
github.event.comment.performed_via_github_app.owner.website_url
github.event.comment.performed_via_github_app.permissions.*
github.event.comment.performed_via_github_app.permissions.checks
github.event.comment.performed_via_github_app.permissions.contents
github.event.comment.performed_via_github_app.permissions.deployments
github.event.comment.performed_via_github_app.permissions.issues
github.event.comment.performed_via_github_app.permissions.metadata
github.event.comment.performed_via_github_app.slug
github.event.comment.pull_request_url
github.event.comment.reactions.url
github.event.comment.repository_url
github.event.comment.updated_at
github.event.comment.url
github.event.comment.user.avatar_url
github.event.comment.user.email
github.event.comment.user.followers_url
github.event.comment.user.gravatar_id
github.event.comment.user.html_url
github.event.comment.user.login
github.event.comment.user.name
github.event.comment.user.node_id
github.event.comment.user.organizations_url
github.event.comment.user.received_events_url
github.event.comment.user.repos_url
github.event.comment.user.subscriptions_url
github.event.comment.user.url
github.event.comment.user.user_view_type
github.event.commit.author.avatar_url
github.event.commit.author.email
github.event.commit.author.followers_url
github.event.commit.author.gravatar_id
github.event.commit.author.html_url
github.event.commit.author.login
github.event.commit.author.name
github.event.commit.author.node_id
github.event.commit.author.organizations_url
github.event.commit.author.received_events_url
github.event.commit.author.repos_url
github.event.commit.author.subscriptions_url
github.event.commit.author.url
github.event.commit.comments_url
github.event.commit.commit.author.date
github.event.commit.commit.author.email
github.event.commit.commit.author.name
github.event.commit.commit.author.username
github.event.commit.commit.committer.date
github.event.commit.commit.committer.email
github.event.commit.commit.committer.name
github.event.commit.commit.committer.username
github.event.commit.commit.message
github.event.commit.commit.tree.sha
github.event.commit.commit.tree.url
github.event.commit.commit.url
github.event.commit.commit.verification.payload
github.event.commit.commit.verification.signature
github.event.commit.commit.verification.verified_at
github.event.commit.committer.avatar_url
github.event.commit.committer.email
github.event.commit.committer.followers_url
github.event.commit.committer.gravatar_id
github.event.commit.committer.html_url
github.event.commit.committer.login
github.event.commit.committer.name
github.event.commit.committer.node_id
github.event.commit.committer.organizations_url
github.event.commit.committer.received_events_url
github.event.commit.committer.repos_url
github.event.commit.committer.subscriptions_url
github.event.commit.committer.url
github.event.commit.html_url
github.event.commit.node_id
github.event.commit.parents.*.html_url
github.event.commit.parents.*.sha
github.event.commit.parents.*.url
github.event.commit.sha
github.event.commit.url
github.event.commits.*.added.*
github.event.commits.*.author.name
github.event.commits.*.author.username
github.event.commits.*.committer.name
github.event.commits.*.committer.username
github.event.commits.*.id
github.event.commits.*.message
github.event.commits.*.modified.*
github.event.commits.*.removed.*
github.event.commits.*.tree_id
github.event.commits.*.url
github.event.compare
github.event.context
github.event.created_at
github.event.deployment.created_at
github.event.deployment.creator.avatar_url
github.event.deployment.creator.email
github.event.deployment.creator.followers_url
github.event.deployment.creator.gravatar_id
github.event.deployment.creator.html_url
github.event.deployment.creator.login
github.event.deployment.creator.name
github.event.deployment.creator.node_id
github.event.deployment.creator.organizations_url
github.event.deployment.creator.received_events_url
github.event.deployment.creator.repos_url
github.event.deployment.creator.subscriptions_url
github.event.deployment.creator.url
github.event.deployment.creator.user_view_type
github.event.deployment.description
github.event.deployment.environment
github.event.deployment.node_id
github.event.deployment.original_environment
github.event.deployment.payload
github.event.deployment.performed_via_github_app.description
github.event.deployment.performed_via_github_app.external_url
github.event.deployment.performed_via_github_app.html_url
github.event.deployment.performed_via_github_app.name
github.event.deployment.performed_via_github_app.node_id
github.event.deployment.performed_via_github_app.owner.avatar_url
github.event.deployment.performed_via_github_app.owner.email
github.event.deployment.performed_via_github_app.owner.followers_url
github.event.deployment.performed_via_github_app.owner.gravatar_id
github.event.deployment.performed_via_github_app.owner.html_url
github.event.deployment.performed_via_github_app.owner.login
github.event.deployment.performed_via_github_app.owner.name
github.event.deployment.performed_via_github_app.owner.node_id
github.event.deployment.performed_via_github_app.owner.organizations_url
github.event.deployment.performed_via_github_app.owner.received_events_url
github.event.deployment.performed_via_github_app.owner.repos_url
github.event.deployment.performed_via_github_app.owner.subscriptions_url
github.event.deployment.performed_via_github_app.owner.url
github.event.deployment.performed_via_github_app.owner.user_view_type
github.event.deployment.performed_via_github_app.slug
github.event.deployment.ref
github.event.deployment.repository_url
github.event.deployment.sha
github.event.deployment.statuses_url
github.event.deployment.task
github.event.deployment.updated_at
github.event.deployment.url
github.event.deployment_status.created_at
github.event.deployment_status.creator.avatar_url
github.event.deployment_status.creator.email
github.event.deployment_status.creator.followers_url
github.event.deployment_status.creator.gravatar_id
github.event.deployment_status.creator.html_url
github.event.deployment_status.creator.login
github.event.deployment_status.creator.name
github.event.deployment_status.creator.node_id
github.event.deployment_status.creator.organizations_url
github.event.deployment_status.creator.received_events_url
github.event.deployment_status.creator.repos_url
github.event.deployment_status.creator.subscriptions_url
github.event.deployment_status.creator.url
github.event.deployment_status.creator.user_view_type
github.event.deployment_status.deployment_url
github.event.deployment_status.description
github.event.deployment_status.environment
github.event.deployment_status.environment_url
github.event.deployment_status.log_url
github.event.deployment_status.node_id
github.event.deployment_status.performed_via_github_app.description
github.event.deployment_status.performed_via_github_app.external_url
github.event.deployment_status.performed_via_github_app.html_url
github.event.deployment_status.performed_via_github_app.name
github.event.deployment_status.performed_via_github_app.node_id
github.event.deployment_status.performed_via_github_app.owner.avatar_url
github.event.deployment_status.performed_via_github_app.owner.email
github.event.deployment_status.performed_via_github_app.owner.followers_url
github.event.deployment_status.performed_via_github_app.owner.gravatar_id
github.event.deployment_status.performed_via_github_app.owner.html_url
github.event.deployment_status.performed_via_github_app.owner.login
github.event.deployment_status.performed_via_github_app.owner.name
github.event.deployment_status.performed_via_github_app.owner.node_id
github.event.deployment_status.performed_via_github_app.owner.organizations_url
github.event.deployment_status.performed_via_github_app.owner.received_events_url
github.event.deployment_status.performed_via_github_app.owner.repos_url
github.event.deployment_status.performed_via_github_app.owner.subscriptions_url
github.event.deployment_status.performed_via_github_app.owner.url
github.event.deployment_status.performed_via_github_app.owner.user_view_type
github.event.deployment_status.performed_via_github_app.slug
github.event.deployment_status.repository_url
github.event.deployment_status.state
github.event.deployment_status.target_url
github.event.deployment_status.updated_at
github.event.deployment_status.url
github.event.description
github.event.discussion.active_lock_reason
github.event.discussion.answer_chosen_at
github.event.discussion.answer_chosen_by.avatar_url
github.event.discussion.answer_chosen_by.email
github.event.discussion.answer_chosen_by.followers_url
github.event.discussion.answer_chosen_by.gravatar_id
github.event.discussion.answer_chosen_by.html_url
github.event.discussion.answer_chosen_by.login
github.event.discussion.answer_chosen_by.name
github.event.discussion.answer_chosen_by.node_id
github.event.discussion.answer_chosen_by.organizations_url
github.event.discussion.answer_chosen_by.received_events_url
github.event.discussion.answer_chosen_by.repos_url
github.event.discussion.answer_chosen_by.subscriptions_url
github.event.discussion.answer_chosen_by.url
github.event.discussion.answer_chosen_by.user_view_type
github.event.discussion.answer_html_url
github.event.discussion.body
github.event.discussion.category.description
github.event.discussion.category.emoji
github.event.discussion.category.name
github.event.discussion.category.node_id
github.event.discussion.category.slug
github.event.discussion.category.updated_at
github.event.discussion.html_url
github.event.discussion.labels.*.color
github.event.discussion.labels.*.description
github.event.discussion.labels.*.name
github.event.discussion.labels.*.node_id
github.event.discussion.labels.*.url
github.event.discussion.node_id
github.event.discussion.reactions.url
github.event.discussion.repository_url
github.event.discussion.timeline_url
github.event.discussion.title
github.event.discussion.user.avatar_url
github.event.discussion.user.email
github.event.discussion.user.followers_url
github.event.discussion.user.gravatar_id
github.event.discussion.user.html_url
github.event.discussion.user.login
github.event.discussion.user.name
github.event.discussion.user.node_id
github.event.discussion.user.organizations_url
github.event.discussion.user.received_events_url
github.event.discussion.user.repos_url
github.event.discussion.user.subscriptions_url
github.event.discussion.user.url
github.event.discussion.user.user_view_type
github.event.enterprise.avatar_url
github.event.enterprise.description
github.event.enterprise.html_url
github.event.enterprise.name
github.event.enterprise.node_id
github.event.enterprise.slug
github.event.enterprise.website_url
github.event.forkee.archive_url
github.event.forkee.assignees_url
github.event.forkee.blobs_url
github.event.forkee.branches_url
github.event.forkee.clone_url
github.event.forkee.collaborators_url
github.event.forkee.comments_url
github.event.forkee.commits_url
github.event.forkee.compare_url
github.event.forkee.contents_url
github.event.forkee.contributors_url
github.event.forkee.created_at
github.event.forkee.default_branch
github.event.forkee.deployments_url
github.event.forkee.description
github.event.forkee.downloads_url
github.event.forkee.events_url
github.event.forkee.forks_url
github.event.forkee.full_name
github.event.forkee.git_commits_url
github.event.forkee.git_refs_url
github.event.forkee.git_tags_url
github.event.forkee.git_url
github.event.forkee.homepage
github.event.forkee.hooks_url
github.event.forkee.html_url
github.event.forkee.issue_comment_url
github.event.forkee.issue_events_url
github.event.forkee.issues_url
github.event.forkee.keys_url
github.event.forkee.labels_url
github.event.forkee.language
github.event.forkee.languages_url
github.event.forkee.license
github.event.forkee.license.key
github.event.forkee.license.name
github.event.forkee.license.node_id
github.event.forkee.license.spdx_id
github.event.forkee.license.url
github.event.forkee.master_branch
github.event.forkee.merges_url
github.event.forkee.milestones_url
github.event.forkee.mirror_url
github.event.forkee.name
github.event.forkee.node_id
github.event.forkee.notifications_url
github.event.forkee.organization
github.event.forkee.owner.avatar_url
github.event.forkee.owner.email
github.event.forkee.owner.events_url
github.event.forkee.owner.followers_url
github.event.forkee.owner.following_url
github.event.forkee.owner.gists_url
github.event.forkee.owner.gravatar_id
github.event.forkee.owner.html_url
github.event.forkee.owner.login
github.event.forkee.owner.name
github.event.forkee.owner.node_id
github.event.forkee.owner.organizations_url
github.event.forkee.owner.received_events_url
github.event.forkee.owner.repos_url
github.event.forkee.owner.starred_url
github.event.forkee.owner.subscriptions_url
github.event.forkee.owner.type
github.event.forkee.owner.url
github.event.forkee.owner.user_view_type
github.event.forkee.pulls_url
github.event.forkee.pushed_at
github.event.forkee.releases_url
github.event.forkee.role_name
github.event.forkee.ssh_url
github.event.forkee.stargazers_url
github.event.forkee.statuses_url
github.event.forkee.subscribers_url
github.event.forkee.subscription_url
github.event.forkee.svn_url
github.event.forkee.tags_url
github.event.forkee.teams_url
github.event.forkee.topics.*
github.event.forkee.trees_url
github.event.forkee.updated_at
github.event.forkee.url
github.event.forkee.visibility
github.event.head_commit.added.*
github.event.head_commit.author.name
github.event.head_commit.author.username
github.event.head_commit.committer.name
github.event.head_commit.committer.username
github.event.head_commit.id
github.event.head_commit.message
github.event.head_commit.modified.*
github.event.head_commit.removed.*
github.event.head_commit.tree_id
github.event.head_commit.url
github.event.inputs
github.event.inputs.*
github.event.installation.node_id
github.event.issue.active_lock_reason
github.event.issue.assignee
github.event.issue.assignee.avatar_url
github.event.issue.assignee.email
github.event.issue.assignee.followers_url
github.event.issue.assignee.gravatar_id
github.event.issue.assignee.html_url
github.event.issue.assignee.login
github.event.issue.assignee.name
github.event.issue.assignee.node_id
github.event.issue.assignee.organizations_url
github.event.issue.assignee.received_events_url
github.event.issue.assignee.repos_url
github.event.issue.assignee.subscriptions_url
github.event.issue.assignee.url
github.event.issue.assignee.user_view_type
github.event.issue.assignees.*
github.event.issue.assignees.*.avatar_url
github.event.issue.assignees.*.email
github.event.issue.assignees.*.followers_url
github.event.issue.assignees.*.gravatar_id
github.event.issue.assignees.*.html_url
github.event.issue.assignees.*.login
github.event.issue.assignees.*.name
github.event.issue.assignees.*.node_id
github.event.issue.assignees.*.organizations_url
github.event.issue.assignees.*.received_events_url
github.event.issue.assignees.*.repos_url
github.event.issue.assignees.*.subscriptions_url
github.event.issue.assignees.*.url
github.event.issue.assignees.*.user_view_type
github.event.issue.author_association
github.event.issue.body
github.event.issue.closed_at
github.event.issue.comments_url
github.event.issue.created_at
github.event.issue.events_url
github.event.issue.html_url
github.event.issue.issue_field_values.*.node_id
github.event.issue.issue_field_values.*.single_select_option.color
github.event.issue.issue_field_values.*.single_select_option.name
github.event.issue.issue_field_values.*.value
github.event.issue.labels.*
github.event.issue.labels.*.color
github.event.issue.labels.*.description
github.event.issue.labels.*.name
github.event.issue.labels.*.node_id
github.event.issue.labels.*.url
github.event.issue.labels_url
github.event.issue.milestone
github.event.issue.milestone.creator.avatar_url
github.event.issue.milestone.creator.email
github.event.issue.milestone.creator.followers_url
github.event.issue.milestone.creator.gravatar_id
github.event.issue.milestone.creator.html_url
github.event.issue.milestone.creator.login
github.event.issue.milestone.creator.name
github.event.issue.milestone.creator.node_id
github.event.issue.milestone.creator.organizations_url
github.event.issue.milestone.creator.received_events_url
github.event.issue.milestone.creator.repos_url
github.event.issue.milestone.creator.subscriptions_url
github.event.issue.milestone.creator.url
github.event.issue.milestone.creator.user_view_type
github.event.issue.milestone.description
github.event.issue.milestone.html_url
github.event.issue.milestone.labels_url
github.event.issue.milestone.node_id
github.event.issue.milestone.title
github.event.issue.milestone.url
github.event.issue.node_id
github.event.issue.performed_via_github_app
github.event.issue.performed_via_github_app.description
github.event.issue.performed_via_github_app.external_url
github.event.issue.performed_via_github_app.html_url
github.event.issue.performed_via_github_app.name
github.event.issue.performed_via_github_app.node_id
github.event.issue.performed_via_github_app.owner.avatar_url
github.event.issue.performed_via_github_app.owner.email
github.event.issue.performed_via_github_app.owner.followers_url
github.event.issue.performed_via_github_app.owner.gravatar_id
github.event.issue.performed_via_github_app.owner.html_url
github.event.issue.performed_via_github_app.owner.login
github.event.issue.performed_via_github_app.owner.name
github.event.issue.performed_via_github_app.owner.node_id
github.event.issue.performed_via_github_app.owner.organizations_url
github.event.issue.performed_via_github_app.owner.received_events_url
github.event.issue.performed_via_github_app.owner.repos_url
github.event.issue.performed_via_github_app.owner.subscriptions_url
github.event.issue.performed_via_github_app.owner.url
github.event.issue.performed_via_github_app.owner.user_view_type
github.event.issue.performed_via_github_app.slug
github.event.issue.pull_request.diff_url
github.event.issue.pull_request.html_url
github.event.issue.pull_request.patch_url
github.event.issue.pull_request.url
github.event.issue.reactions.url
github.event.issue.repository_url
github.event.issue.state_reason
github.event.issue.timeline_url
github.event.issue.title
github.event.issue.type.description
github.event.issue.type.name
github.event.issue.type.node_id
github.event.issue.updated_at
github.event.issue.url
github.event.issue.user.avatar_url
github.event.issue.user.email
github.event.issue.user.events_url
github.event.issue.user.followers_url
github.event.issue.user.following_url
github.event.issue.user.gists_url
github.event.issue.user.gravatar_id
github.event.issue.user.html_url
github.event.issue.user.login
github.event.issue.user.name
github.event.issue.user.node_id
github.event.issue.user.organizations_url
github.event.issue.user.received_events_url
github.event.issue.user.repos_url
github.event.issue.user.starred_url
github.event.issue.user.subscriptions_url
github.event.issue.user.type
github.event.issue.user.url
github.event.issue.user.user_view_type
github.event.label.color
github.event.label.description
github.event.label.name
github.event.label.node_id
github.event.label.url
github.event.master_branch
github.event.merge_group.base_ref
github.event.merge_group.head_commit.author.name
github.event.merge_group.head_commit.committer.name
github.event.merge_group.head_commit.id
github.event.merge_group.head_commit.message
github.event.merge_group.head_commit.tree_id
github.event.merge_group.head_ref
github.event.merge_group.head_sha
github.event.milestone.creator.avatar_url
github.event.milestone.creator.email
github.event.milestone.creator.events_url
github.event.milestone.creator.followers_url
github.event.milestone.creator.following_url
github.event.milestone.creator.gists_url
github.event.milestone.creator.gravatar_id
github.event.milestone.creator.html_url
github.event.milestone.creator.login
github.event.milestone.creator.name
github.event.milestone.creator.node_id
github.event.milestone.creator.organizations_url
github.event.milestone.creator.received_events_url
github.event.milestone.creator.repos_url
github.event.milestone.creator.starred_at
github.event.milestone.creator.starred_url
github.event.milestone.creator.subscriptions_url
github.event.milestone.creator.type
github.event.milestone.creator.url
github.event.milestone.creator.user_view_type
github.event.milestone.description
github.event.milestone.html_url
github.event.milestone.labels_url
github.event.milestone.node_id
github.event.milestone.title
github.event.milestone.url
github.event.name
github.event.old_answer.body
github.event.old_answer.html_url
github.event.old_answer.node_id
github.event.old_answer.reactions.url
github.event.old_answer.repository_url
github.event.old_answer.user.avatar_url
github.event.old_answer.user.email
github.event.old_answer.user.followers_url
github.event.old_answer.user.gravatar_id
github.event.old_answer.user.html_url
github.event.old_answer.user.login
github.event.old_answer.user.name
github.event.old_answer.user.node_id
github.event.old_answer.user.organizations_url
github.event.old_answer.user.received_events_url
github.event.old_answer.user.repos_url
github.event.old_answer.user.subscriptions_url
github.event.old_answer.user.url
github.event.old_answer.user.user_view_type
github.event.organization.avatar_url
github.event.organization.description
github.event.organization.events_url
github.event.organization.hooks_url
github.event.organization.issues_url
github.event.organization.login
github.event.organization.members_url
github.event.organization.node_id
github.event.organization.public_members_url
github.event.organization.repos_url
github.event.organization.url
github.event.pages.*.html_url
github.event.pages.*.page_name
github.event.pages.*.sha
github.event.pages.*.summary
github.event.pages.*.title
github.event.pull_request._links.comments.href
github.event.pull_request._links.commits.href
github.event.pull_request._links.html.href
github.event.pull_request._links.issue.href
github.event.pull_request._links.review_comment.href
github.event.pull_request._links.review_comments.href
github.event.pull_request._links.self.href
github.event.pull_request._links.statuses.href
github.event.pull_request.active_lock_reason
github.event.pull_request.assignee.avatar_url
github.event.pull_request.assignee.email
github.event.pull_request.assignee.events_url
github.event.pull_request.assignee.followers_url
github.event.pull_request.assignee.following_url
github.event.pull_request.assignee.gists_url
github.event.pull_request.assignee.gravatar_id
github.event.pull_request.assignee.html_url
github.event.pull_request.assignee.login
github.event.pull_request.assignee.name
github.event.pull_request.assignee.node_id
github.event.pull_request.assignee.organizations_url
github.event.pull_request.assignee.received_events_url
github.event.pull_request.assignee.repos_url
github.event.pull_request.assignee.starred_at
github.event.pull_request.assignee.starred_url
github.event.pull_request.assignee.subscriptions_url
github.event.pull_request.assignee.type
github.event.pull_request.assignee.url
github.event.pull_request.assignee.user_view_type
github.event.pull_request.assignees.*.avatar_url
github.event.pull_request.assignees.*.email
github.event.pull_request.assignees.*.events_url
github.event.pull_request.assignees.*.followers_url
github.event.pull_request.assignees.*.following_url
github.event.pull_request.assignees.*.gists_url
github.event.pull_request.assignees.*.gravatar_id
github.event.pull_request.assignees.*.html_url
github.event.pull_request.assignees.*.login
github.event.pull_request.assignees.*.name
github.event.pull_request.assignees.*.node_id
github.event.pull_request.assignees.*.organizations_url
github.event.pull_request.assignees.*.received_events_url
github.event.pull_request.assignees.*.repos_url
github.event.pull_request.assignees.*.starred_at
github.event.pull_request.assignees.*.starred_url
github.event.pull_request.assignees.*.subscriptions_url
github.event.pull_request.assignees.*.type
github.event.pull_request.assignees.*.url
github.event.pull_request.assignees.*.user_view_type
github.event.pull_request.auto_merge.commit_message
github.event.pull_request.auto_merge.commit_title
github.event.pull_request.auto_merge.enabled_by.avatar_url
github.event.pull_request.auto_merge.enabled_by.email
github.event.pull_request.auto_merge.enabled_by.events_url
github.event.pull_request.auto_merge.enabled_by.followers_url
github.event.pull_request.auto_merge.enabled_by.following_url
github.event.pull_request.auto_merge.enabled_by.gists_url
github.event.pull_request.auto_merge.enabled_by.gravatar_id
github.event.pull_request.auto_merge.enabled_by.html_url
github.event.pull_request.auto_merge.enabled_by.login
github.event.pull_request.auto_merge.enabled_by.name
github.event.pull_request.auto_merge.enabled_by.node_id
github.event.pull_request.auto_merge.enabled_by.organizations_url
github.event.pull_request.auto_merge.enabled_by.received_events_url
github.event.pull_request.auto_merge.enabled_by.repos_url
github.event.pull_request.auto_merge.enabled_by.starred_at
github.event.pull_request.auto_merge.enabled_by.starred_url
github.event.pull_request.auto_merge.enabled_by.subscriptions_url
github.event.pull_request.auto_merge.enabled_by.type
github.event.pull_request.auto_merge.enabled_by.url
github.event.pull_request.auto_merge.enabled_by.user_view_type
github.event.pull_request.base.label
github.event.pull_request.base.ref
github.event.pull_request.base.repo.archive_url
github.event.pull_request.base.repo.assignees_url
github.event.pull_request.base.repo.blobs_url
github.event.pull_request.base.repo.branches_url
github.event.pull_request.base.repo.clone_url
github.event.pull_request.base.repo.code_search_index_status.lexical_commit_sha
github.event.pull_request.base.repo.collaborators_url
github.event.pull_request.base.repo.comments_url
github.event.pull_request.base.repo.commits_url
github.event.pull_request.base.repo.compare_url
github.event.pull_request.base.repo.contents_url
github.event.pull_request.base.repo.contributors_url
github.event.pull_request.base.repo.default_branch
github.event.pull_request.base.repo.deployments_url
github.event.pull_request.base.repo.description
github.event.pull_request.base.repo.downloads_url
github.event.pull_request.base.repo.events_url
github.event.pull_request.base.repo.forks_url
github.event.pull_request.base.repo.full_name
github.event.pull_request.base.repo.git_commits_url
github.event.pull_request.base.repo.git_refs_url
github.event.pull_request.base.repo.git_tags_url
github.event.pull_request.base.repo.git_url
github.event.pull_request.base.repo.homepage
github.event.pull_request.base.repo.hooks_url
github.event.pull_request.base.repo.html_url
github.event.pull_request.base.repo.issue_comment_url
github.event.pull_request.base.repo.issue_events_url
github.event.pull_request.base.repo.issues_url
github.event.pull_request.base.repo.keys_url
github.event.pull_request.base.repo.labels_url
github.event.pull_request.base.repo.language
github.event.pull_request.base.repo.languages_url
github.event.pull_request.base.repo.license.html_url
github.event.pull_request.base.repo.license.key
github.event.pull_request.base.repo.license.name
github.event.pull_request.base.repo.license.node_id
github.event.pull_request.base.repo.license.spdx_id
github.event.pull_request.base.repo.license.url
github.event.pull_request.base.repo.master_branch
github.event.pull_request.base.repo.merges_url
github.event.pull_request.base.repo.milestones_url
github.event.pull_request.base.repo.mirror_url
github.event.pull_request.base.repo.name
github.event.pull_request.base.repo.node_id
github.event.pull_request.base.repo.notifications_url
github.event.pull_request.base.repo.organization
github.event.pull_request.base.repo.owner.avatar_url
github.event.pull_request.base.repo.owner.email
github.event.pull_request.base.repo.owner.events_url
github.event.pull_request.base.repo.owner.followers_url
github.event.pull_request.base.repo.owner.following_url
github.event.pull_request.base.repo.owner.gists_url
github.event.pull_request.base.repo.owner.gravatar_id
github.event.pull_request.base.repo.owner.html_url
github.event.pull_request.base.repo.owner.login
github.event.pull_request.base.repo.owner.name
github.event.pull_request.base.repo.owner.node_id
github.event.pull_request.base.repo.owner.organizations_url
github.event.pull_request.base.repo.owner.received_events_url
github.event.pull_request.base.repo.owner.repos_url
github.event.pull_request.base.repo.owner.starred_at
github.event.pull_request.base.repo.owner.starred_url
github.event.pull_request.base.repo.owner.subscriptions_url
github.event.pull_request.base.repo.owner.type
github.event.pull_request.base.repo.owner.url
github.event.pull_request.base.repo.owner.user_view_type
github.event.pull_request.base.repo.pulls_url
github.event.pull_request.base.repo.releases_url
github.event.pull_request.base.repo.role_name
github.event.pull_request.base.repo.ssh_url
github.event.pull_request.base.repo.stargazers_url
github.event.pull_request.base.repo.starred_at
github.event.pull_request.base.repo.statuses_url
github.event.pull_request.base.repo.subscribers_url
github.event.pull_request.base.repo.subscription_url
github.event.pull_request.base.repo.svn_url
github.event.pull_request.base.repo.tags_url
github.event.pull_request.base.repo.teams_url
github.event.pull_request.base.repo.temp_clone_token
github.event.pull_request.base.repo.topics.*
github.event.pull_request.base.repo.trees_url
github.event.pull_request.base.repo.url
github.event.pull_request.base.repo.visibility
github.event.pull_request.base.user.avatar_url
github.event.pull_request.base.user.email
github.event.pull_request.base.user.events_url
github.event.pull_request.base.user.followers_url
github.event.pull_request.base.user.following_url
github.event.pull_request.base.user.gists_url
github.event.pull_request.base.user.gravatar_id
github.event.pull_request.base.user.html_url
github.event.pull_request.base.user.login
github.event.pull_request.base.user.name
github.event.pull_request.base.user.node_id
github.event.pull_request.base.user.organizations_url
github.event.pull_request.base.user.received_events_url
github.event.pull_request.base.user.repos_url
github.event.pull_request.base.user.starred_at
github.event.pull_request.base.user.starred_url
github.event.pull_request.base.user.subscriptions_url
github.event.pull_request.base.user.type
github.event.pull_request.base.user.url
github.event.pull_request.base.user.user_view_type
github.event.pull_request.body
github.event.pull_request.closed_at
github.event.pull_request.comments_url
github.event.pull_request.commits_url
github.event.pull_request.created_at
github.event.pull_request.diff_url
github.event.pull_request.head.label
github.event.pull_request.head.ref
github.event.pull_request.head.repo.archive_url
github.event.pull_request.head.repo.assignees_url
github.event.pull_request.head.repo.blobs_url
github.event.pull_request.head.repo.branches_url
github.event.pull_request.head.repo.clone_url
github.event.pull_request.head.repo.code_search_index_status.lexical_commit_sha
github.event.pull_request.head.repo.collaborators_url
github.event.pull_request.head.repo.comments_url
github.event.pull_request.head.repo.commits_url
github.event.pull_request.head.repo.compare_url
github.event.pull_request.head.repo.contents_url
github.event.pull_request.head.repo.contributors_url
github.event.pull_request.head.repo.default_branch
github.event.pull_request.head.repo.deployments_url
github.event.pull_request.head.repo.description
github.event.pull_request.head.repo.downloads_url
github.event.pull_request.head.repo.events_url
github.event.pull_request.head.repo.forks_url
github.event.pull_request.head.repo.full_name
github.event.pull_request.head.repo.git_commits_url
github.event.pull_request.head.repo.git_refs_url
github.event.pull_request.head.repo.git_tags_url
github.event.pull_request.head.repo.git_url
github.event.pull_request.head.repo.homepage
github.event.pull_request.head.repo.hooks_url
github.event.pull_request.head.repo.html_url
github.event.pull_request.head.repo.issue_comment_url
github.event.pull_request.head.repo.issue_events_url
github.event.pull_request.head.repo.issues_url
github.event.pull_request.head.repo.keys_url
github.event.pull_request.head.repo.labels_url
github.event.pull_request.head.repo.language
github.event.pull_request.head.repo.languages_url
github.event.pull_request.head.repo.license.html_url
github.event.pull_request.head.repo.license.key
github.event.pull_request.head.repo.license.name
github.event.pull_request.head.repo.license.node_id
github.event.pull_request.head.repo.license.spdx_id
github.event.pull_request.head.repo.license.url
github.event.pull_request.head.repo.master_branch
github.event.pull_request.head.repo.merges_url
github.event.pull_request.head.repo.milestones_url
github.event.pull_request.head.repo.mirror_url
github.event.pull_request.head.repo.name
github.event.pull_request.head.repo.node_id
github.event.pull_request.head.repo.notifications_url
github.event.pull_request.head.repo.organization
github.event.pull_request.head.repo.owner.avatar_url
github.event.pull_request.head.repo.owner.email
github.event.pull_request.head.repo.owner.events_url
github.event.pull_request.head.repo.owner.followers_url
github.event.pull_request.head.repo.owner.following_url
github.event.pull_request.head.repo.owner.gists_url
github.event.pull_request.head.repo.owner.gravatar_id
github.event.pull_request.head.repo.owner.html_url
github.event.pull_request.head.repo.owner.login
github.event.pull_request.head.repo.owner.name
github.event.pull_request.head.repo.owner.node_id
github.event.pull_request.head.repo.owner.organizations_url
github.event.pull_request.head.repo.owner.received_events_url
github.event.pull_request.head.repo.owner.repos_url
github.event.pull_request.head.repo.owner.starred_at
github.event.pull_request.head.repo.owner.starred_url
github.event.pull_request.head.repo.owner.subscriptions_url
github.event.pull_request.head.repo.owner.type
github.event.pull_request.head.repo.owner.url
github.event.pull_request.head.repo.owner.user_view_type
github.event.pull_request.head.repo.pulls_url
github.event.pull_request.head.repo.releases_url
github.event.pull_request.head.repo.role_name
github.event.pull_request.head.repo.ssh_url
github.event.pull_request.head.repo.stargazers_url
github.event.pull_request.head.repo.starred_at
github.event.pull_request.head.repo.statuses_url
github.event.pull_request.head.repo.subscribers_url
github.event.pull_request.head.repo.subscription_url
github.event.pull_request.head.repo.svn_url
github.event.pull_request.head.repo.tags_url
github.event.pull_request.head.repo.teams_url
github.event.pull_request.head.repo.temp_clone_token
github.event.pull_request.head.repo.topics.*
github.event.pull_request.head.repo.trees_url
github.event.pull_request.head.repo.url
github.event.pull_request.head.repo.visibility
github.event.pull_request.head.user.avatar_url
github.event.pull_request.head.user.email
github.event.pull_request.head.user.events_url
github.event.pull_request.head.user.followers_url
github.event.pull_request.head.user.following_url
github.event.pull_request.head.user.gists_url
github.event.pull_request.head.user.gravatar_id
github.event.pull_request.head.user.html_url
github.event.pull_request.head.user.login
github.event.pull_request.head.user.name
github.event.pull_request.head.user.node_id
github.event.pull_request.head.user.organizations_url
github.event.pull_request.head.user.received_events_url
github.event.pull_request.head.user.repos_url
github.event.pull_request.head.user.starred_at
github.event.pull_request.head.user.starred_url
github.event.pull_request.head.user.subscriptions_url
github.event.pull_request.head.user.type
github.event.pull_request.head.user.url
github.event.pull_request.head.user.user_view_type
github.event.pull_request.html_url
github.event.pull_request.issue_url
github.event.pull_request.labels.*.color
github.event.pull_request.labels.*.description
github.event.pull_request.labels.*.name
github.event.pull_request.labels.*.node_id
github.event.pull_request.labels.*.url
github.event.pull_request.merge_commit_sha
github.event.pull_request.mergeable_state
github.event.pull_request.merged_at
github.event.pull_request.merged_by.avatar_url
github.event.pull_request.merged_by.email
github.event.pull_request.merged_by.events_url
github.event.pull_request.merged_by.followers_url
github.event.pull_request.merged_by.following_url
github.event.pull_request.merged_by.gists_url
github.event.pull_request.merged_by.gravatar_id
github.event.pull_request.merged_by.html_url
github.event.pull_request.merged_by.login
github.event.pull_request.merged_by.name
github.event.pull_request.merged_by.node_id
github.event.pull_request.merged_by.organizations_url
github.event.pull_request.merged_by.received_events_url
github.event.pull_request.merged_by.repos_url
github.event.pull_request.merged_by.starred_at
github.event.pull_request.merged_by.starred_url
github.event.pull_request.merged_by.subscriptions_url
github.event.pull_request.merged_by.type
github.event.pull_request.merged_by.url
github.event.pull_request.merged_by.user_view_type
github.event.pull_request.milestone.creator.avatar_url
github.event.pull_request.milestone.creator.email
github.event.pull_request.milestone.creator.events_url
github.event.pull_request.milestone.creator.followers_url
github.event.pull_request.milestone.creator.following_url
github.event.pull_request.milestone.creator.gists_url
github.event.pull_request.milestone.creator.gravatar_id
github.event.pull_request.milestone.creator.html_url
github.event.pull_request.milestone.creator.login
github.event.pull_request.milestone.creator.name
github.event.pull_request.milestone.creator.node_id
github.event.pull_request.milestone.creator.organizations_url
github.event.pull_request.milestone.creator.received_events_url
github.event.pull_request.milestone.creator.repos_url
github.event.pull_request.milestone.creator.starred_at
github.event.pull_request.milestone.creator.starred_url
github.event.pull_request.milestone.creator.subscriptions_url
github.event.pull_request.milestone.creator.type
github.event.pull_request.milestone.creator.url
github.event.pull_request.milestone.creator.user_view_type
github.event.pull_request.milestone.description
github.event.pull_request.milestone.html_url
github.event.pull_request.milestone.labels_url
github.event.pull_request.milestone.node_id
github.event.pull_request.milestone.title
github.event.pull_request.milestone.url
github.event.pull_request.node_id
github.event.pull_request.patch_url
github.event.pull_request.requested_reviewers.*.avatar_url
github.event.pull_request.requested_reviewers.*.description
github.event.pull_request.requested_reviewers.*.email
github.event.pull_request.requested_reviewers.*.events_url
github.event.pull_request.requested_reviewers.*.followers_url
github.event.pull_request.requested_reviewers.*.following_url
github.event.pull_request.requested_reviewers.*.gists_url
github.event.pull_request.requested_reviewers.*.gravatar_id
github.event.pull_request.requested_reviewers.*.html_url
github.event.pull_request.requested_reviewers.*.login
github.event.pull_request.requested_reviewers.*.name
github.event.pull_request.requested_reviewers.*.node_id
github.event.pull_request.requested_reviewers.*.organizations_url
github.event.pull_request.requested_reviewers.*.parent.description
github.event.pull_request.requested_reviewers.*.parent.html_url
github.event.pull_request.requested_reviewers.*.parent.name
github.event.pull_request.requested_reviewers.*.parent.node_id
github.event.pull_request.requested_reviewers.*.parent.permission
github.event.pull_request.requested_reviewers.*.parent.repositories_url
github.event.pull_request.requested_reviewers.*.parent.slug
github.event.pull_request.requested_reviewers.*.parent.url
github.event.pull_request.requested_reviewers.*.permission
github.event.pull_request.requested_reviewers.*.received_events_url
github.event.pull_request.requested_reviewers.*.repos_url
github.event.pull_request.requested_reviewers.*.repositories_url
github.event.pull_request.requested_reviewers.*.slug
github.event.pull_request.requested_reviewers.*.starred_at
github.event.pull_request.requested_reviewers.*.starred_url
github.event.pull_request.requested_reviewers.*.subscriptions_url
github.event.pull_request.requested_reviewers.*.type
github.event.pull_request.requested_reviewers.*.url
github.event.pull_request.requested_reviewers.*.user_view_type
github.event.pull_request.requested_teams.*.description
github.event.pull_request.requested_teams.*.html_url
github.event.pull_request.requested_teams.*.ldap_dn
github.event.pull_request.requested_teams.*.members_url
github.event.pull_request.requested_teams.*.name
github.event.pull_request.requested_teams.*.node_id
github.event.pull_request.requested_teams.*.notification_setting
github.event.pull_request.requested_teams.*.parent.description
github.event.pull_request.requested_teams.*.parent.html_url
github.event.pull_request.requested_teams.*.parent.name
github.event.pull_request.requested_teams.*.parent.node_id
github.event.pull_request.requested_teams.*.parent.permission
github.event.pull_request.requested_teams.*.parent.repositories_url
github.event.pull_request.requested_teams.*.parent.slug
github.event.pull_request.requested_teams.*.parent.url
github.event.pull_request.requested_teams.*.permission
github.event.pull_request.requested_teams.*.privacy
github.event.pull_request.requested_teams.*.repositories_url
github.event.pull_request.requested_teams.*.slug
github.event.pull_request.requested_teams.*.url
github.event.pull_request.review_comment_url
github.event.pull_request.review_comments_url
github.event.pull_request.statuses_url
github.event.pull_request.title
github.event.pull_request.updated_at
github.event.pull_request.url
github.event.pull_request.user.avatar_url
github.event.pull_request.user.email
github.event.pull_request.user.events_url
github.event.pull_request.user.followers_url
github.event.pull_request.user.following_url
github.event.pull_request.user.gists_url
github.event.pull_request.user.gravatar_id
github.event.pull_request.user.html_url
github.event.pull_request.user.login
github.event.pull_request.user.name
github.event.pull_request.user.node_id
github.event.pull_request.user.organizations_url
github.event.pull_request.user.received_events_url
github.event.pull_request.user.repos_url
github.event.pull_request.user.starred_at
github.event.pull_request.user.starred_url
github.event.pull_request.user.subscriptions_url
github.event.pull_request.user.type
github.event.pull_request.user.url
github.event.pull_request.user.user_view_type
github.event.pusher.name
github.event.pusher.username
github.event.pusher_type
github.event.reason
github.event.ref
github.event.registry_package.created_at
github.event.registry_package.description
github.event.registry_package.ecosystem
github.event.registry_package.html_url
github.event.registry_package.name
github.event.registry_package.namespace
github.event.registry_package.owner.avatar_url
github.event.registry_package.owner.events_url
github.event.registry_package.owner.followers_url
github.event.registry_package.owner.following_url
github.event.registry_package.owner.gists_url
github.event.registry_package.owner.gravatar_id
github.event.registry_package.owner.html_url
github.event.registry_package.owner.login
github.event.registry_package.owner.node_id
github.event.registry_package.owner.organizations_url
github.event.registry_package.owner.received_events_url
github.event.registry_package.owner.repos_url
github.event.registry_package.owner.starred_url
github.event.registry_package.owner.subscriptions_url
github.event.registry_package.owner.type
github.event.registry_package.owner.url
github.event.registry_package.owner.user_view_type
github.event.registry_package.package_type
github.event.registry_package.package_version.author.avatar_url
github.event.registry_package.package_version.author.events_url
github.event.registry_package.package_version.author.followers_url
github.event.registry_package.package_version.author.following_url
github.event.registry_package.package_version.author.gists_url
github.event.registry_package.package_version.author.gravatar_id
github.event.registry_package.package_version.author.html_url
github.event.registry_package.package_version.author.login
github.event.registry_package.package_version.author.node_id
github.event.registry_package.package_version.author.organizations_url
github.event.registry_package.package_version.author.received_events_url
github.event.registry_package.package_version.author.repos_url
github.event.registry_package.package_version.author.starred_url
github.event.registry_package.package_version.author.subscriptions_url
github.event.registry_package.package_version.author.type
github.event.registry_package.package_version.author.url
github.event.registry_package.package_version.author.user_view_type
github.event.registry_package.package_version.body
github.event.registry_package.package_version.body_html
github.event.registry_package.package_version.container_metadata.labels
github.event.registry_package.package_version.container_metadata.manifest
github.event.registry_package.package_version.container_metadata.tag.digest
github.event.registry_package.package_version.container_metadata.tag.name
github.event.registry_package.package_version.created_at
github.event.registry_package.package_version.description
github.event.registry_package.package_version.docker_metadata.*.tags.*
github.event.registry_package.package_version.html_url
github.event.registry_package.package_version.installation_command
github.event.registry_package.package_version.manifest
github.event.registry_package.package_version.metadata.*
github.event.registry_package.package_version.metadata.*.*
github.event.registry_package.package_version.name
github.event.registry_package.package_version.npm_metadata.author
github.event.registry_package.package_version.npm_metadata.bin
github.event.registry_package.package_version.npm_metadata.bugs
github.event.registry_package.package_version.npm_metadata.commit_oid
github.event.registry_package.package_version.npm_metadata.contributors.*
github.event.registry_package.package_version.npm_metadata.cpu.*
github.event.registry_package.package_version.npm_metadata.dependencies
github.event.registry_package.package_version.npm_metadata.description
github.event.registry_package.package_version.npm_metadata.dev_dependencies
github.event.registry_package.package_version.npm_metadata.directories
github.event.registry_package.package_version.npm_metadata.dist
github.event.registry_package.package_version.npm_metadata.engines
github.event.registry_package.package_version.npm_metadata.files.*
github.event.registry_package.package_version.npm_metadata.git_head
github.event.registry_package.package_version.npm_metadata.homepage
github.event.registry_package.package_version.npm_metadata.id
github.event.registry_package.package_version.npm_metadata.installation_command
github.event.registry_package.package_version.npm_metadata.keywords.*
github.event.registry_package.package_version.npm_metadata.license
github.event.registry_package.package_version.npm_metadata.main
github.event.registry_package.package_version.npm_metadata.maintainers.*
github.event.registry_package.package_version.npm_metadata.man
github.event.registry_package.package_version.npm_metadata.name
github.event.registry_package.package_version.npm_metadata.node_version
github.event.registry_package.package_version.npm_metadata.npm_user
github.event.registry_package.package_version.npm_metadata.npm_version
github.event.registry_package.package_version.npm_metadata.optional_dependencies
github.event.registry_package.package_version.npm_metadata.os.*
github.event.registry_package.package_version.npm_metadata.peer_dependencies
github.event.registry_package.package_version.npm_metadata.readme
github.event.registry_package.package_version.npm_metadata.repository
github.event.registry_package.package_version.npm_metadata.scripts
github.event.registry_package.package_version.npm_metadata.version
github.event.registry_package.package_version.nuget_metadata.*.id
github.event.registry_package.package_version.nuget_metadata.*.name
github.event.registry_package.package_version.nuget_metadata.*.value
github.event.registry_package.package_version.nuget_metadata.*.value.branch
github.event.registry_package.package_version.nuget_metadata.*.value.commit
github.event.registry_package.package_version.nuget_metadata.*.value.type
github.event.registry_package.package_version.nuget_metadata.*.value.url
github.event.registry_package.package_version.package_files.*.content_type
github.event.registry_package.package_version.package_files.*.created_at
github.event.registry_package.package_version.package_files.*.download_url
github.event.registry_package.package_version.package_files.*.md5
github.event.registry_package.package_version.package_files.*.name
github.event.registry_package.package_version.package_files.*.sha1
github.event.registry_package.package_version.package_files.*.sha256
github.event.registry_package.package_version.package_files.*.state
github.event.registry_package.package_version.package_files.*.updated_at
github.event.registry_package.package_version.package_url
github.event.registry_package.package_version.release.author.avatar_url
github.event.registry_package.package_version.release.author.events_url
github.event.registry_package.package_version.release.author.followers_url
github.event.registry_package.package_version.release.author.following_url
github.event.registry_package.package_version.release.author.gists_url
github.event.registry_package.package_version.release.author.gravatar_id
github.event.registry_package.package_version.release.author.html_url
github.event.registry_package.package_version.release.author.login
github.event.registry_package.package_version.release.author.node_id
github.event.registry_package.package_version.release.author.organizations_url
github.event.registry_package.package_version.release.author.received_events_url
github.event.registry_package.package_version.release.author.repos_url
github.event.registry_package.package_version.release.author.starred_url
github.event.registry_package.package_version.release.author.subscriptions_url
github.event.registry_package.package_version.release.author.type
github.event.registry_package.package_version.release.author.url
github.event.registry_package.package_version.release.author.user_view_type
github.event.registry_package.package_version.release.created_at
github.event.registry_package.package_version.release.html_url
github.event.registry_package.package_version.release.name
github.event.registry_package.package_version.release.published_at
github.event.registry_package.package_version.release.tag_name
github.event.registry_package.package_version.release.target_commitish
github.event.registry_package.package_version.release.url
github.event.registry_package.package_version.rubygems_metadata.*.commit_oid
github.event.registry_package.package_version.rubygems_metadata.*.dependencies.*
github.event.registry_package.package_version.rubygems_metadata.*.dependencies.*.*
github.event.registry_package.package_version.rubygems_metadata.*.description
github.event.registry_package.package_version.rubygems_metadata.*.homepage
github.event.registry_package.package_version.rubygems_metadata.*.metadata
github.event.registry_package.package_version.rubygems_metadata.*.metadata.*
github.event.registry_package.package_version.rubygems_metadata.*.name
github.event.registry_package.package_version.rubygems_metadata.*.platform
github.event.registry_package.package_version.rubygems_metadata.*.readme
github.event.registry_package.package_version.rubygems_metadata.*.repo
github.event.registry_package.package_version.rubygems_metadata.*.version_info.version
github.event.registry_package.package_version.summary
github.event.registry_package.package_version.tag_name
github.event.registry_package.package_version.target_commitish
github.event.registry_package.package_version.target_oid
github.event.registry_package.package_version.updated_at
github.event.registry_package.package_version.version
github.event.registry_package.registry
github.event.registry_package.registry.about_url
github.event.registry_package.registry.name
github.event.registry_package.registry.type
github.event.registry_package.registry.url
github.event.registry_package.registry.vendor
github.event.registry_package.updated_at
github.event.release.assets.*.browser_download_url
github.event.release.assets.*.content_type
github.event.release.assets.*.digest
github.event.release.assets.*.label
github.event.release.assets.*.name
github.event.release.assets.*.node_id
github.event.release.assets.*.uploader.avatar_url
github.event.release.assets.*.uploader.email
github.event.release.assets.*.uploader.followers_url
github.event.release.assets.*.uploader.gravatar_id
github.event.release.assets.*.uploader.html_url
github.event.release.assets.*.uploader.login
github.event.release.assets.*.uploader.name
github.event.release.assets.*.uploader.node_id
github.event.release.assets.*.uploader.organizations_url
github.event.release.assets.*.uploader.received_events_url
github.event.release.assets.*.uploader.repos_url
github.event.release.assets.*.uploader.subscriptions_url
github.event.release.assets.*.uploader.url
github.event.release.assets.*.url
github.event.release.assets_url
github.event.release.author.avatar_url
github.event.release.author.email
github.event.release.author.followers_url
github.event.release.author.gravatar_id
github.event.release.author.html_url
github.event.release.author.login
github.event.release.author.name
github.event.release.author.node_id
github.event.release.author.organizations_url
github.event.release.author.received_events_url
github.event.release.author.repos_url
github.event.release.author.subscriptions_url
github.event.release.author.url
github.event.release.author.user_view_type
github.event.release.body
github.event.release.discussion_url
github.event.release.html_url
github.event.release.name
github.event.release.node_id
github.event.release.reactions.url
github.event.release.tag_name
github.event.release.tarball_url
github.event.release.target_commitish
github.event.release.url
github.event.release.zipball_url
github.event.repository.archive_url
github.event.repository.assignees_url
github.event.repository.blobs_url
github.event.repository.branches_url
github.event.repository.clone_url
github.event.repository.collaborators_url
github.event.repository.comments_url
github.event.repository.commits_url
github.event.repository.compare_url
github.event.repository.contents_url
github.event.repository.contributors_url
github.event.repository.custom_properties
github.event.repository.custom_properties.*
github.event.repository.default_branch
github.event.repository.deployments_url
github.event.repository.description
github.event.repository.downloads_url
github.event.repository.events_url
github.event.repository.forks_url
github.event.repository.full_name
github.event.repository.git_commits_url
github.event.repository.git_refs_url
github.event.repository.git_tags_url
github.event.repository.git_url
github.event.repository.homepage
github.event.repository.hooks_url
github.event.repository.html_url
github.event.repository.issue_comment_url
github.event.repository.issue_events_url
github.event.repository.issues_url
github.event.repository.keys_url
github.event.repository.labels_url
github.event.repository.language
github.event.repository.languages_url
github.event.repository.license.html_url
github.event.repository.license.key
github.event.repository.license.name
github.event.repository.license.node_id
github.event.repository.license.spdx_id
github.event.repository.license.url
github.event.repository.master_branch
github.event.repository.merges_url
github.event.repository.milestones_url
github.event.repository.mirror_url
github.event.repository.name
github.event.repository.node_id
github.event.repository.notifications_url
github.event.repository.organization
github.event.repository.organization.avatar_url
github.event.repository.organization.email
github.event.repository.organization.events_url
github.event.repository.organization.followers_url
github.event.repository.organization.following_url
github.event.repository.organization.gists_url
github.event.repository.organization.gravatar_id
github.event.repository.organization.html_url
github.event.repository.organization.login
github.event.repository.organization.name
github.event.repository.organization.node_id
github.event.repository.organization.organizations_url
github.event.repository.organization.received_events_url
github.event.repository.organization.repos_url
github.event.repository.organization.starred_at
github.event.repository.organization.starred_url
github.event.repository.organization.subscriptions_url
github.event.repository.organization.type
github.event.repository.organization.url
github.event.repository.organization.user_view_type
github.event.repository.owner.avatar_url
github.event.repository.owner.email
github.event.repository.owner.events_url
github.event.repository.owner.followers_url
github.event.repository.owner.following_url
github.event.repository.owner.gists_url
github.event.repository.owner.gravatar_id
github.event.repository.owner.html_url
github.event.repository.owner.login
github.event.repository.owner.name
github.event.repository.owner.node_id
github.event.repository.owner.organizations_url
github.event.repository.owner.received_events_url
github.event.repository.owner.repos_url
github.event.repository.owner.starred_at
github.event.repository.owner.starred_url
github.event.repository.owner.subscriptions_url
github.event.repository.owner.type
github.event.repository.owner.url
github.event.repository.owner.user_view_type
github.event.repository.pulls_url
github.event.repository.releases_url
github.event.repository.role_name
github.event.repository.ssh_url
github.event.repository.stargazers_url
github.event.repository.starred_at
github.event.repository.statuses_url
github.event.repository.subscribers_url
github.event.repository.subscription_url
github.event.repository.svn_url
github.event.repository.tags_url
github.event.repository.teams_url
github.event.repository.temp_clone_token
github.event.repository.template_repository.archive_url
github.event.repository.template_repository.assignees_url
github.event.repository.template_repository.blobs_url
github.event.repository.template_repository.branches_url
github.event.repository.template_repository.clone_url
github.event.repository.template_repository.collaborators_url
github.event.repository.template_repository.comments_url
github.event.repository.template_repository.commits_url
github.event.repository.template_repository.compare_url
github.event.repository.template_repository.contents_url
github.event.repository.template_repository.contributors_url
github.event.repository.template_repository.created_at
github.event.repository.template_repository.default_branch
github.event.repository.template_repository.deployments_url
github.event.repository.template_repository.description
github.event.repository.template_repository.downloads_url
github.event.repository.template_repository.events_url
github.event.repository.template_repository.forks_url
github.event.repository.template_repository.full_name
github.event.repository.template_repository.git_commits_url
github.event.repository.template_repository.git_refs_url
github.event.repository.template_repository.git_tags_url
github.event.repository.template_repository.git_url
github.event.repository.template_repository.homepage
github.event.repository.template_repository.hooks_url
github.event.repository.template_repository.html_url
github.event.repository.template_repository.issue_comment_url
github.event.repository.template_repository.issue_events_url
github.event.repository.template_repository.issues_url
github.event.repository.template_repository.keys_url
github.event.repository.template_repository.labels_url
github.event.repository.template_repository.language
github.event.repository.template_repository.languages_url
github.event.repository.template_repository.merges_url
github.event.repository.template_repository.milestones_url
github.event.repository.template_repository.mirror_url
github.event.repository.template_repository.name
github.event.repository.template_repository.node_id
github.event.repository.template_repository.notifications_url
github.event.repository.template_repository.owner.avatar_url
github.event.repository.template_repository.owner.events_url
github.event.repository.template_repository.owner.followers_url
github.event.repository.template_repository.owner.following_url
github.event.repository.template_repository.owner.gists_url
github.event.repository.template_repository.owner.gravatar_id
github.event.repository.template_repository.owner.html_url
github.event.repository.template_repository.owner.login
github.event.repository.template_repository.owner.node_id
github.event.repository.template_repository.owner.organizations_url
github.event.repository.template_repository.owner.received_events_url
github.event.repository.template_repository.owner.repos_url
github.event.repository.template_repository.owner.starred_url
github.event.repository.template_repository.owner.subscriptions_url
github.event.repository.template_repository.owner.type
github.event.repository.template_repository.owner.url
github.event.repository.template_repository.pulls_url
github.event.repository.template_repository.pushed_at
github.event.repository.template_repository.releases_url
github.event.repository.template_repository.ssh_url
github.event.repository.template_repository.stargazers_url
github.event.repository.template_repository.statuses_url
github.event.repository.template_repository.subscribers_url
github.event.repository.template_repository.subscription_url
github.event.repository.template_repository.svn_url
github.event.repository.template_repository.tags_url
github.event.repository.template_repository.teams_url
github.event.repository.template_repository.temp_clone_token
github.event.repository.template_repository.topics.*
github.event.repository.template_repository.trees_url
github.event.repository.template_repository.updated_at
github.event.repository.template_repository.url
github.event.repository.template_repository.visibility
github.event.repository.topics.*
github.event.repository.trees_url
github.event.repository.url
github.event.repository.visibility
github.event.requested_action.identifier
github.event.requested_reviewer.avatar_url
github.event.requested_reviewer.email
github.event.requested_reviewer.followers_url
github.event.requested_reviewer.gravatar_id
github.event.requested_reviewer.html_url
github.event.requested_reviewer.login
github.event.requested_reviewer.name
github.event.requested_reviewer.node_id
github.event.requested_reviewer.organizations_url
github.event.requested_reviewer.received_events_url
github.event.requested_reviewer.repos_url
github.event.requested_reviewer.subscriptions_url
github.event.requested_reviewer.url
github.event.requested_reviewer.user_view_type
github.event.requested_team.description
github.event.requested_team.html_url
github.event.requested_team.name
github.event.requested_team.node_id
github.event.requested_team.parent.description
github.event.requested_team.parent.html_url
github.event.requested_team.parent.name
github.event.requested_team.parent.node_id
github.event.requested_team.parent.permission
github.event.requested_team.parent.repositories_url
github.event.requested_team.parent.slug
github.event.requested_team.parent.url
github.event.requested_team.permission
github.event.requested_team.repositories_url
github.event.requested_team.slug
github.event.requested_team.url
github.event.review.body
github.event.review.commit_id
github.event.review.html_url
github.event.review.node_id
github.event.review.pull_request_url
github.event.review.state
github.event.review.user.avatar_url
github.event.review.user.email
github.event.review.user.followers_url
github.event.review.user.gravatar_id
github.event.review.user.html_url
github.event.review.user.login
github.event.review.user.name
github.event.review.user.node_id
github.event.review.user.organizations_url
github.event.review.user.received_events_url
github.event.review.user.repos_url
github.event.review.user.subscriptions_url
github.event.review.user.url
github.event.review.user.user_view_type
github.event.rule.authorized_actor_names.*
github.event.rule.name
github.event.rule.required_status_checks.*
github.event.sender.avatar_url
github.event.sender.email
github.event.sender.events_url
github.event.sender.followers_url
github.event.sender.following_url
github.event.sender.gists_url
github.event.sender.gravatar_id
github.event.sender.html_url
github.event.sender.login
github.event.sender.name
github.event.sender.node_id
github.event.sender.organizations_url
github.event.sender.received_events_url
github.event.sender.repos_url
github.event.sender.starred_at
github.event.sender.starred_url
github.event.sender.subscriptions_url
github.event.sender.type
github.event.sender.url
github.event.sender.user_view_type
github.event.sha
github.event.target_url
github.event.type.description
github.event.type.name
github.event.type.node_id
github.event.updated_at
github.event.workflow
github.event.workflow.badge_url
github.event.workflow.html_url
github.event.workflow.name
github.event.workflow.node_id
github.event.workflow.path
github.event.workflow.state
github.event.workflow.url
github.event.workflow_run.actor.avatar_url
github.event.workflow_run.actor.email
github.event.workflow_run.actor.followers_url
github.event.workflow_run.actor.gravatar_id
github.event.workflow_run.actor.html_url
github.event.workflow_run.actor.login
github.event.workflow_run.actor.name
github.event.workflow_run.actor.node_id
github.event.workflow_run.actor.organizations_url
github.event.workflow_run.actor.received_events_url
github.event.workflow_run.actor.repos_url
github.event.workflow_run.actor.subscriptions_url
github.event.workflow_run.actor.url
github.event.workflow_run.actor.user_view_type
github.event.workflow_run.artifacts_url
github.event.workflow_run.cancel_url
github.event.workflow_run.check_suite_node_id
github.event.workflow_run.check_suite_url
github.event.workflow_run.display_title
github.event.workflow_run.event
github.event.workflow_run.head_branch
github.event.workflow_run.head_commit.author.name
github.event.workflow_run.head_commit.author.username
github.event.workflow_run.head_commit.committer.name
github.event.workflow_run.head_commit.committer.username
github.event.workflow_run.head_commit.id
github.event.workflow_run.head_commit.message
github.event.workflow_run.head_commit.timestamp
github.event.workflow_run.head_commit.tree_id
github.event.workflow_run.head_repository.archive_url
github.event.workflow_run.head_repository.assignees_url
github.event.workflow_run.head_repository.blobs_url
github.event.workflow_run.head_repository.branches_url
github.event.workflow_run.head_repository.collaborators_url
github.event.workflow_run.head_repository.comments_url
github.event.workflow_run.head_repository.commits_url
github.event.workflow_run.head_repository.compare_url
github.event.workflow_run.head_repository.contents_url
github.event.workflow_run.head_repository.contributors_url
github.event.workflow_run.head_repository.deployments_url
github.event.workflow_run.head_repository.description
github.event.workflow_run.head_repository.downloads_url
github.event.workflow_run.head_repository.events_url
github.event.workflow_run.head_repository.forks_url
github.event.workflow_run.head_repository.full_name
github.event.workflow_run.head_repository.git_commits_url
github.event.workflow_run.head_repository.git_refs_url
github.event.workflow_run.head_repository.git_tags_url
github.event.workflow_run.head_repository.hooks_url
github.event.workflow_run.head_repository.html_url
github.event.workflow_run.head_repository.issue_comment_url
github.event.workflow_run.head_repository.issue_events_url
github.event.workflow_run.head_repository.issues_url
github.event.workflow_run.head_repository.keys_url
github.event.workflow_run.head_repository.labels_url
github.event.workflow_run.head_repository.languages_url
github.event.workflow_run.head_repository.merges_url
github.event.workflow_run.head_repository.milestones_url
github.event.workflow_run.head_repository.name
github.event.workflow_run.head_repository.node_id
github.event.workflow_run.head_repository.notifications_url
github.event.workflow_run.head_repository.owner.avatar_url
github.event.workflow_run.head_repository.owner.email
github.event.workflow_run.head_repository.owner.events_url
github.event.workflow_run.head_repository.owner.followers_url
github.event.workflow_run.head_repository.owner.following_url
github.event.workflow_run.head_repository.owner.gists_url
github.event.workflow_run.head_repository.owner.gravatar_id
github.event.workflow_run.head_repository.owner.html_url
github.event.workflow_run.head_repository.owner.login
github.event.workflow_run.head_repository.owner.name
github.event.workflow_run.head_repository.owner.node_id
github.event.workflow_run.head_repository.owner.organizations_url
github.event.workflow_run.head_repository.owner.received_events_url
github.event.workflow_run.head_repository.owner.repos_url
github.event.workflow_run.head_repository.owner.starred_url
github.event.workflow_run.head_repository.owner.subscriptions_url
github.event.workflow_run.head_repository.owner.type
github.event.workflow_run.head_repository.owner.url
github.event.workflow_run.head_repository.owner.user_view_type
github.event.workflow_run.head_repository.pulls_url
github.event.workflow_run.head_repository.releases_url
github.event.workflow_run.head_repository.stargazers_url
github.event.workflow_run.head_repository.statuses_url
github.event.workflow_run.head_repository.subscribers_url
github.event.workflow_run.head_repository.subscription_url
github.event.workflow_run.head_repository.tags_url
github.event.workflow_run.head_repository.teams_url
github.event.workflow_run.head_repository.trees_url
github.event.workflow_run.head_repository.url
github.event.workflow_run.head_sha
github.event.workflow_run.html_url
github.event.workflow_run.jobs_url
github.event.workflow_run.logs_url
github.event.workflow_run.name
github.event.workflow_run.node_id
github.event.workflow_run.path
github.event.workflow_run.previous_attempt_url
github.event.workflow_run.pull_requests.*.base.ref
github.event.workflow_run.pull_requests.*.base.repo.name
github.event.workflow_run.pull_requests.*.base.repo.url
github.event.workflow_run.pull_requests.*.base.sha
github.event.workflow_run.pull_requests.*.head.ref
github.event.workflow_run.pull_requests.*.head.repo.name
github.event.workflow_run.pull_requests.*.head.repo.url
github.event.workflow_run.pull_requests.*.head.sha
github.event.workflow_run.pull_requests.*.url
github.event.workflow_run.referenced_workflows.*.path
github.event.workflow_run.referenced_workflows.*.ref
github.event.workflow_run.referenced_workflows.*.sha
github.event.workflow_run.repository.archive_url
github.event.workflow_run.repository.assignees_url
github.event.workflow_run.repository.blobs_url
github.event.workflow_run.repository.branches_url
github.event.workflow_run.repository.collaborators_url
github.event.workflow_run.repository.comments_url
github.event.workflow_run.repository.commits_url
github.event.workflow_run.repository.compare_url
github.event.workflow_run.repository.contents_url
github.event.workflow_run.repository.contributors_url
github.event.workflow_run.repository.deployments_url
github.event.workflow_run.repository.description
github.event.workflow_run.repository.downloads_url
github.event.workflow_run.repository.events_url
github.event.workflow_run.repository.forks_url
github.event.workflow_run.repository.full_name
github.event.workflow_run.repository.git_commits_url
github.event.workflow_run.repository.git_refs_url
github.event.workflow_run.repository.git_tags_url
github.event.workflow_run.repository.hooks_url
github.event.workflow_run.repository.html_url
github.event.workflow_run.repository.issue_comment_url
github.event.workflow_run.repository.issue_events_url
github.event.workflow_run.repository.issues_url
github.event.workflow_run.repository.keys_url
github.event.workflow_run.repository.labels_url
github.event.workflow_run.repository.languages_url
github.event.workflow_run.repository.merges_url
github.event.workflow_run.repository.milestones_url
github.event.workflow_run.repository.name
github.event.workflow_run.repository.node_id
github.event.workflow_run.repository.notifications_url
github.event.workflow_run.repository.owner.avatar_url
github.event.workflow_run.repository.owner.email
github.event.workflow_run.repository.owner.events_url
github.event.workflow_run.repository.owner.followers_url
github.event.workflow_run.repository.owner.following_url
github.event.workflow_run.repository.owner.gists_url
github.event.workflow_run.repository.owner.gravatar_id
github.event.workflow_run.repository.owner.html_url
github.event.workflow_run.repository.owner.login
github.event.workflow_run.repository.owner.name
github.event.workflow_run.repository.owner.node_id
github.event.workflow_run.repository.owner.organizations_url
github.event.workflow_run.repository.owner.received_events_url
github.event.workflow_run.repository.owner.repos_url
github.event.workflow_run.repository.owner.starred_url
github.event.workflow_run.repository.owner.subscriptions_url
github.event.workflow_run.repository.owner.type
github.event.workflow_run.repository.owner.url
github.event.workflow_run.repository.owner.user_view_type
github.event.workflow_run.repository.pulls_url
github.event.workflow_run.repository.releases_url
github.event.workflow_run.repository.stargazers_url
github.event.workflow_run.repository.statuses_url
github.event.workflow_run.repository.subscribers_url
github.event.workflow_run.repository.subscription_url
github.event.workflow_run.repository.tags_url
github.event.workflow_run.repository.teams_url
github.event.workflow_run.repository.trees_url
github.event.workflow_run.repository.url
github.event.workflow_run.rerun_url
github.event.workflow_run.triggering_actor.avatar_url
github.event.workflow_run.triggering_actor.email
github.event.workflow_run.triggering_actor.followers_url
github.event.workflow_run.triggering_actor.gravatar_id
github.event.workflow_run.triggering_actor.html_url
github.event.workflow_run.triggering_actor.login
github.event.workflow_run.triggering_actor.name
github.event.workflow_run.triggering_actor.node_id
github.event.workflow_run.triggering_actor.organizations_url
github.event.workflow_run.triggering_actor.received_events_url
github.event.workflow_run.triggering_actor.repos_url
github.event.workflow_run.triggering_actor.subscriptions_url
github.event.workflow_run.triggering_actor.url
github.event.workflow_run.triggering_actor.user_view_type
github.event.workflow_run.url
github.event.workflow_run.workflow_url
`;
const STRUCTURED = `
github.event.answer.user.events_url
github.event.answer.user.following_url
github.event.answer.user.gists_url
github.event.answer.user.starred_url
github.event.assignee.events_url
github.event.assignee.following_url
github.event.assignee.gists_url
github.event.assignee.starred_url
github.event.build.pusher.events_url
github.event.build.pusher.following_url
github.event.build.pusher.gists_url
github.event.build.pusher.starred_url
github.event.changes.new_discussion.answer_chosen_by.events_url
github.event.changes.new_discussion.answer_chosen_by.following_url
github.event.changes.new_discussion.answer_chosen_by.gists_url
github.event.changes.new_discussion.answer_chosen_by.starred_url
github.event.changes.new_discussion.user.events_url
github.event.changes.new_discussion.user.following_url
github.event.changes.new_discussion.user.gists_url
github.event.changes.new_discussion.user.starred_url
github.event.changes.new_issue.assignee.events_url
github.event.changes.new_issue.assignee.following_url
github.event.changes.new_issue.assignee.gists_url
github.event.changes.new_issue.assignee.starred_url
github.event.changes.new_issue.assignees.*.events_url
github.event.changes.new_issue.assignees.*.following_url
github.event.changes.new_issue.assignees.*.gists_url
github.event.changes.new_issue.assignees.*.starred_url
github.event.changes.new_issue.labels_url
github.event.changes.new_issue.milestone.creator.events_url
github.event.changes.new_issue.milestone.creator.following_url
github.event.changes.new_issue.milestone.creator.gists_url
github.event.changes.new_issue.milestone.creator.starred_url
github.event.changes.new_issue.performed_via_github_app.owner.events_url
github.event.changes.new_issue.performed_via_github_app.owner.following_url
github.event.changes.new_issue.performed_via_github_app.owner.gists_url
github.event.changes.new_issue.performed_via_github_app.owner.starred_url
github.event.changes.new_issue.user.events_url
github.event.changes.new_issue.user.following_url
github.event.changes.new_issue.user.gists_url
github.event.changes.new_issue.user.starred_url
github.event.changes.old_issue.assignee.events_url
github.event.changes.old_issue.assignee.following_url
github.event.changes.old_issue.assignee.gists_url
github.event.changes.old_issue.assignee.starred_url
github.event.changes.old_issue.assignees.*.events_url
github.event.changes.old_issue.assignees.*.following_url
github.event.changes.old_issue.assignees.*.gists_url
github.event.changes.old_issue.assignees.*.starred_url
github.event.changes.old_issue.labels_url
github.event.changes.old_issue.milestone.creator.events_url
github.event.changes.old_issue.milestone.creator.following_url
github.event.changes.old_issue.milestone.creator.gists_url
github.event.changes.old_issue.milestone.creator.starred_url
github.event.changes.old_issue.performed_via_github_app.owner.events_url
github.event.changes.old_issue.performed_via_github_app.owner.following_url
github.event.changes.old_issue.performed_via_github_app.owner.gists_url
github.event.changes.old_issue.performed_via_github_app.owner.starred_url
github.event.changes.old_issue.user.events_url
github.event.changes.old_issue.user.following_url
github.event.changes.old_issue.user.gists_url
github.event.changes.old_issue.user.starred_url
github.event.changes.old_repository.archive_url
github.event.changes.old_repository.assignees_url
github.event.changes.old_repository.blobs_url
github.event.changes.old_repository.branches_url
github.event.changes.old_repository.collaborators_url
github.event.changes.old_repository.comments_url
github.event.changes.old_repository.commits_url
github.event.changes.old_repository.compare_url
github.event.changes.old_repository.contents_url
github.event.changes.old_repository.git_commits_url
github.event.changes.old_repository.git_refs_url
github.event.changes.old_repository.git_tags_url
github.event.changes.old_repository.issue_comment_url
github.event.changes.old_repository.issue_events_url
github.event.changes.old_repository.issues_url
github.event.changes.old_repository.keys_url
github.event.changes.old_repository.labels_url
github.event.changes.old_repository.milestones_url
github.event.changes.old_repository.notifications_url
github.event.changes.old_repository.owner.events_url
github.event.changes.old_repository.owner.following_url
github.event.changes.old_repository.owner.gists_url
github.event.changes.old_repository.owner.starred_url
github.event.changes.old_repository.pulls_url
github.event.changes.old_repository.releases_url
github.event.changes.old_repository.statuses_url
github.event.changes.old_repository.trees_url
github.event.check_suite.app.owner.events_url
github.event.check_suite.app.owner.following_url
github.event.check_suite.app.owner.gists_url
github.event.check_suite.app.owner.starred_url
github.event.check_suite.head_commit.author.email
github.event.check_suite.head_commit.committer.email
github.event.comment._links.html.href
github.event.comment._links.pull_request.href
github.event.comment._links.self.href
github.event.comment.user.events_url
github.event.comment.user.following_url
github.event.comment.user.gists_url
github.event.comment.user.starred_url
github.event.commit.author.events_url
github.event.commit.author.following_url
github.event.commit.author.gists_url
github.event.commit.author.starred_url
github.event.commit.committer.events_url
github.event.commit.committer.following_url
github.event.commit.committer.gists_url
github.event.commit.committer.starred_url
github.event.commits.*.author.email
github.event.commits.*.committer.email
github.event.deployment.creator.events_url
github.event.deployment.creator.following_url
github.event.deployment.creator.gists_url
github.event.deployment.creator.starred_url
github.event.deployment.performed_via_github_app.owner.events_url
github.event.deployment.performed_via_github_app.owner.following_url
github.event.deployment.performed_via_github_app.owner.gists_url
github.event.deployment.performed_via_github_app.owner.starred_url
github.event.deployment_status.creator.events_url
github.event.deployment_status.creator.following_url
github.event.deployment_status.creator.gists_url
github.event.deployment_status.creator.starred_url
github.event.deployment_status.performed_via_github_app.owner.events_url
github.event.deployment_status.performed_via_github_app.owner.following_url
github.event.deployment_status.performed_via_github_app.owner.gists_url
github.event.deployment_status.performed_via_github_app.owner.starred_url
github.event.discussion.answer_chosen_by.events_url
github.event.discussion.answer_chosen_by.following_url
github.event.discussion.answer_chosen_by.gists_url
github.event.discussion.answer_chosen_by.starred_url
github.event.discussion.user.events_url
github.event.discussion.user.following_url
github.event.discussion.user.gists_url
github.event.discussion.user.starred_url
github.event.head_commit.author.email
github.event.head_commit.committer.email
github.event.issue.assignee.events_url
github.event.issue.assignee.following_url
github.event.issue.assignee.gists_url
github.event.issue.assignee.starred_url
github.event.issue.assignees.*.events_url
github.event.issue.assignees.*.following_url
github.event.issue.assignees.*.gists_url
github.event.issue.assignees.*.starred_url
github.event.issue.milestone.creator.events_url
github.event.issue.milestone.creator.following_url
github.event.issue.milestone.creator.gists_url
github.event.issue.milestone.creator.starred_url
github.event.issue.performed_via_github_app.owner.events_url
github.event.issue.performed_via_github_app.owner.following_url
github.event.issue.performed_via_github_app.owner.gists_url
github.event.issue.performed_via_github_app.owner.starred_url
github.event.merge_group.head_commit.author.email
github.event.merge_group.head_commit.committer.email
github.event.old_answer.user.events_url
github.event.old_answer.user.following_url
github.event.old_answer.user.gists_url
github.event.old_answer.user.starred_url
github.event.pull_request.requested_reviewers.*.members_url
github.event.pull_request.requested_reviewers.*.parent.members_url
github.event.pull_request.requested_teams.*.parent.members_url
github.event.pusher.email
github.event.release.assets.*.uploader.events_url
github.event.release.assets.*.uploader.following_url
github.event.release.assets.*.uploader.gists_url
github.event.release.assets.*.uploader.starred_url
github.event.release.author.events_url
github.event.release.author.following_url
github.event.release.author.gists_url
github.event.release.author.starred_url
github.event.release.upload_url
github.event.requested_reviewer.events_url
github.event.requested_reviewer.following_url
github.event.requested_reviewer.gists_url
github.event.requested_reviewer.starred_url
github.event.requested_team.members_url
github.event.requested_team.parent.members_url
github.event.review._links.html.href
github.event.review._links.pull_request.href
github.event.review.user.events_url
github.event.review.user.following_url
github.event.review.user.gists_url
github.event.review.user.starred_url
github.event.workflow_run.actor.events_url
github.event.workflow_run.actor.following_url
github.event.workflow_run.actor.gists_url
github.event.workflow_run.actor.starred_url
github.event.workflow_run.head_commit.author.email
github.event.workflow_run.head_commit.committer.email
github.event.workflow_run.triggering_actor.events_url
github.event.workflow_run.triggering_actor.following_url
github.event.workflow_run.triggering_actor.gists_url
github.event.workflow_run.triggering_actor.starred_url
`;
let table;
/** The capability of a context path (`*` for array indices), if it is attacker-influenced. */
function contextCapability(path) {
    if (!table) {
        table = new Map();
        for (const p of ARBITRARY.split('\n'))
            if (p)
                table.set(p, 'arbitrary');
        for (const p of STRUCTURED.split('\n'))
            if (p)
                table.set(p, 'structured');
    }
    return table.get(path);
}

// EXTERNAL MODULE: ./lib/gates/workflow-policy/rules/uses-match.js
var uses_match = __nccwpck_require__(7137);
;// CONCATENATED MODULE: ./lib/gates/workflow-policy/rules/template-injection.js





/** Context paths an outside contributor controls (`*` = any array index or key). */
const ATTACKER_PATHS = [
    'github.head_ref',
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.pull_request.head.repo.description',
    'github.event.pull_request.head.repo.homepage',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.name',
    'github.event.commits.*.author.email',
    'github.event.commits.*.committer.name',
    'github.event.commits.*.committer.email',
    'github.event.head_commit.message',
    'github.event.head_commit.author.name',
    'github.event.head_commit.author.email',
    'github.event.head_commit.committer.name',
    'github.event.head_commit.committer.email',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.display_title',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_repository.description',
    'github.event.workflow_run.pull_requests.*.head.ref',
    'github.event.merge_group.head_commit.message',
    'github.event.merge_group.head_commit.author.name',
    'github.event.merge_group.head_commit.author.email',
    'github.event.client_payload'
].map((p) => p.split('.'));
const segMatch = (a, b) => a === b || a === '*' || b === '*';
/**
 * Whether a flowing path carries attacker text: it names such a field, something inside one, or an
 * object that contains one (`toJSON(github.event.pull_request)`).
 */
function isAttackerControlled(path) {
    const segs = path.toLowerCase().split('.');
    return ATTACKER_PATHS.some((p) => {
        const n = Math.min(p.length, segs.length);
        for (let i = 0; i < n; i++)
            if (!segMatch(segs[i], p[i]))
                return false;
        return true;
    });
}
/** How much of a path's value an outside contributor controls (our list, then zizmor's table). */
function capabilityOf(path) {
    return isAttackerControlled(path) ? 'arbitrary' : contextCapability(path.toLowerCase());
}
/** Why a path is dangerous here, or undefined. */
function taintOf(path, env, matrix) {
    if (capabilityOf(path))
        return path;
    const [ctx, name] = path.split('.');
    if (ctx === 'env' && name && env.has(name))
        return `${path} = ${env.get(name)}`;
    if (ctx === 'matrix' && name && (matrix.has(name) || matrix.has('*')))
        return `${path} = ${matrix.get(name) ?? matrix.get('*')}`;
    return undefined;
}
/** The attacker-controlled source a value carries, if any (for env and matrix values). */
function valueTaint(text, env) {
    for (const span of (0,expressions/* expressionSpans */.k7)(text)) {
        for (const p of (0,expression_flow/* flowingPaths */.$Z)(span.body).paths) {
            const t = taintOf(p, env, new Map());
            if (t)
                return t.split(' = ').pop();
        }
    }
    return undefined;
}
function envTaint(vars, inherited) {
    const out = new Map(inherited);
    for (const [k, v] of vars) {
        const t = valueTaint(v.value, inherited);
        if (t)
            out.set(k.toLowerCase(), t);
        else
            out.delete(k.toLowerCase());
    }
    return out;
}
function matrixTaint(job) {
    const out = new Map();
    for (const [k, v] of job.matrix) {
        const p = (0,expressions/* referencedPaths */.i7)(v).find((x) => capabilityOf(x));
        if (p)
            out.set(k.toLowerCase(), p);
    }
    return out;
}
/**
 * Action inputs that are code (CodeQL's injection-sink models, as zizmor lists them, plus the
 * few zizmor adds), by action; input names lower-cased as the model keys them.
 */
const CODE_INPUTS = new Map([
    ['actions/github-script', ['script']],
    ['8398a7/action-slack', ['custom_payload']],
    ['appleboy/ssh-action', ['script']],
    ['azure/cli', ['inlinescript']],
    ['azure/powershell', ['inlinescript']],
    ['devorbitus/yq-action-output', ['cmd']],
    ['gautamkrishnar/blog-post-workflow', ['item_exec']],
    [
        'imjohnbo/issue-bot',
        ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text']
    ],
    ['lucasbento/auto-close-issues', ['issue-close-message']],
    ['mikefarah/yq', ['cmd']],
    ['roots/issue-closer-action', ['issue-close-message', 'pr-close-message']],
    ['sergeysova/jq-action', ['cmd']],
    ['skitionek/notify-microsoft-teams', ['overwrite']],
    ['tibdex/backport', ['body_template', 'head_template', 'labels_template', 'title_template']],
    ['amadevus/pwsh-script', ['script']],
    ['jannekem/run-python-script-action', ['script']],
    ['cardinalby/js-eval-action', ['expression']],
    ['addnab/docker-run-action', ['options', 'run']]
]);
function codeOf(ctx, step) {
    if (step.run)
        return [{ str: step.run, node: (0,types/* valueNode */.I)(ctx, step.node, 'run'), kind: 'run' }];
    if (!step.uses)
        return [];
    const target = (0,uses_match/* targetOf */.$r)(step.uses.value);
    const inputs = CODE_INPUTS.get(target);
    if (!inputs)
        return [];
    const out = [];
    for (const name of inputs) {
        // Input names are case-insensitive (`SCRIPT:` is the script): the model keys them lower-cased.
        const v = step.with.get(name);
        if (!v)
            continue;
        if (target === 'actions/github-script')
            out.push({ str: v, node: v.node, kind: 'script' });
        else
            out.push({ str: v, node: v.node, kind: 'input', input: `${target} input '${name}'` });
    }
    return out;
}
function envName(path) {
    const last = path
        .split('.')
        .filter((s) => s !== '*' && s !== 'event' && s !== 'github')
        .slice(-2)
        .join('_');
    return (last || 'VALUE').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
function templateInjection(ctx) {
    const out = [];
    // The env and matrix taint maps are read only where a script holds an expression.
    let wfEnv;
    for (const job of ctx.wf.jobs) {
        let jobEnv;
        let jobMatrix;
        for (const step of job.steps) {
            for (const code of codeOf(ctx, step)) {
                const spans = (0,expressions/* expressionSpans */.k7)(code.str.value);
                if (!spans.length)
                    continue;
                wfEnv ??= envTaint(ctx.wf.env, new Map());
                jobEnv ??= envTaint(job.env, wfEnv);
                const matrix = (jobMatrix ??= matrixTaint(job));
                const env = envTaint(step.env, jobEnv);
                // When the source shows each `${{` literally, the nth span sits at the nth occurrence.
                const places = ctx.source.locateAll(code.node, '${{');
                const where = code.kind === 'run'
                    ? 'run: script'
                    : code.kind === 'script'
                        ? 'github-script script'
                        : (code.input ?? 'action input');
                spans.forEach((span, nth) => {
                    const flow = (0,expression_flow/* flowingPaths */.$Z)(span.body);
                    const hits = flow.paths
                        .map((p) => taintOf(p, env, matrix))
                        .filter((t) => Boolean(t));
                    if (!hits.length)
                        return;
                    const pos = places.length === spans.length ? places[nth] : code.str.pos;
                    const expr = `\${{ ${span.body.replace(/\s+/g, ' ').trim()} }}`;
                    const sources = hits.map((h) => h.split(' = ').pop());
                    const source = sources[0];
                    // zizmor: fully attacker-controlled text is High (an error); structured text such as a
                    // URL or a label is Medium (a warning).
                    const full = sources.some((x) => capabilityOf(x) === 'arbitrary');
                    const name = envName(source);
                    const use = code.kind === 'run'
                        ? `"$${name}"`
                        : code.kind === 'script'
                            ? `process.env.${name}`
                            : `$${name}`;
                    out.push({
                        rule: 'template-injection',
                        message: `${(0,types/* stepLabel */.v)(job, step)}: ${expr} expands ${full ? 'attacker-controlled' : 'partly attacker-controlled (structured)'} ${hits.join(', ')} into the ${where}: expected no attacker-controlled expansion in code, got one`,
                        help: `Pass the value through the environment and quote it: env: { ${name}: \${{ ${source} }} } on the step, then use ${use} in the ${code.kind === 'input' ? 'code' : 'script'} instead of the expression.`,
                        maxLevel: full ? undefined : 'warning',
                        line: pos.line,
                        column: pos.column
                    });
                });
            }
        }
    }
    return out;
}


/***/ }),

/***/ 7137:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ usesAction),
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   Ds: () => (/* binding */ majorOf),
/* harmony export */   Z$: () => (/* binding */ neverRuns)
/* harmony export */ });
/* harmony import */ var _workflows_detach_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1271);
/* harmony import */ var _workflows_uses_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(780);
/** Whether a step's `uses:` is a given action (`owner/repo[/path]`, case-insensitive, any ref). */


const TARGETS = new Map();
/** `owner/repo[/path]` of a `uses:` value, lower-cased ('' for local, docker and invalid ones). */
function targetOf(uses) {
    let t = TARGETS.get(uses);
    if (t === undefined) {
        const ref = (0,_workflows_uses_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUses */ .Ap)(uses);
        t = ref.kind === 'repo' ? (0,_workflows_detach_js__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .h)((0,_workflows_uses_js__WEBPACK_IMPORTED_MODULE_1__/* .usesTarget */ .OW)(ref).toLowerCase()) : '';
        // Bounded: the memo is dropped whole when one scan meets this many distinct references.
        if (TARGETS.size >= 32768)
            TARGETS.clear();
        // Own copies: a key cut out of a workflow's text would keep that whole text alive.
        TARGETS.set((0,_workflows_detach_js__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .h)(uses), t);
    }
    return t;
}
function usesAction(uses, action) {
    return uses !== undefined && targetOf(uses) === action.toLowerCase();
}
/** The major version a `uses:` ref or its trailing tag comment names (`v6.0.1` \u2192 6). */
function majorOf(tag) {
    const m = /^v?(\d+)(\.|$)/.exec(tag ?? '');
    return m ? Number(m[1]) : undefined;
}
/** A step whose `if:` is the constant false (`false`, `${{ false }}`): it never runs. */
function neverRuns(step) {
    const v = step.if?.value.trim();
    return v === 'false' || (v !== undefined && /^\$\{\{\s*false\s*\}\}$/.test(v));
}


/***/ }),

/***/ 5908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ valueNode),
/* harmony export */   v: () => (/* binding */ stepLabel)
/* harmony export */ });
/** A short stable label for a step: its name, else its id, else its position in the job. */
function stepLabel(job, step) {
    const s = step.name?.value ?? step.id?.value;
    return `job '${job.id}', step ${s ? `'${s.replace(/\s+/g, ' ').trim().slice(0, 60)}'` : `#${step.index + 1}`}`;
}
/** The value node under `key` of a mapping node, aliases followed. */
function valueNode(ctx, parent, key) {
    const y = ctx.wf.yaml;
    const v = y.get(parent, key)?.value;
    return y.resolve(v) ?? v;
}


/***/ }),

/***/ 1271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ sharedText),
/* harmony export */   h: () => (/* binding */ detached)
/* harmony export */ });
/**
 * Strings kept after a file is checked (findings, evidence, cross-file indexes, memos) must not
 * share memory with the file's text. A string cut out of a larger one (a YAML scalar, a
 * `slice()`) can be a view that keeps the whole source text alive, so holding one short name per
 * file would hold every file read: memory would grow with the number of files, not findings.
 */
/** Below this length V8 copies a substring anyway; longer ones may be views of their source. */
const COPIED_BELOW = 13;
function detached(s) {
    if (s === undefined || s.length < COPIED_BELOW)
        return s;
    // Concatenating then cutting makes the engine flatten into a fresh buffer of s's own length.
    return (' ' + s).slice(1);
}
/**
 * One detached copy of each text kept until a run ends and repeated across files: thousands of
 * findings share a few hundred helps, a repository's workflows repeat many messages (the same
 * unpinned action, the same missing permissions block), action names and step labels. The pool is
 * dropped when full: sharing saves memory, it never changes a value.
 */
const SHARED = new Map();
const MAX_SHARED = 1 << 16;
function sharedText(text) {
    if (text === undefined)
        return undefined;
    let own = SHARED.get(text);
    if (own === undefined) {
        own = detached(text);
        if (SHARED.size >= MAX_SHARED)
            SHARED.clear();
        SHARED.set(own, own);
    }
    return own;
}


/***/ }),

/***/ 9187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ flowingPaths),
/* harmony export */   Jo: () => (/* binding */ CONTEXTS),
/* harmony export */   XM: () => (/* binding */ pathOf)
/* harmony export */ });
/* unused harmony export symbolicText */
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2506);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2049);
/* harmony import */ var _detach_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1271);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4681);
/**
 * Which context values flow into the *value* of a `${{ \u2026 }}` expression, read with GitHub's own
 * expression parser (@actions/expressions). `contains(github.event.issue.title, 'x')` yields a
 * boolean, so the title does not flow; `format('{0}', github.head_ref)` and `a && b || c` do
 * (`b` and `c`). When the parser refuses an expression, every referenced path is taken to flow.
 */




/** Context names GitHub knows in workflow expressions (the parser refuses other names). */
const CONTEXTS = [
    'github',
    'env',
    'vars',
    'job',
    'jobs',
    'steps',
    'runner',
    'secrets',
    'strategy',
    'matrix',
    'needs',
    'inputs'
];
/** Functions whose result is (built from) their arguments; every other function yields a boolean or a hash. */
const PASS_THROUGH = new Set(['format', 'join', 'tojson', 'fromjson']);
/** A property path for an access chain (`github.event.commits[0].message` \u2192 `github.event.commits.*.message`). */
function pathOf(e) {
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .ContextAccess */ .QC)
        return e.name.lexeme.toLowerCase();
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_) {
        const base = pathOf(e.expr);
        if (base === undefined)
            return undefined;
        const idx = e.index;
        const key = idx instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS ? idx.literal.value : undefined;
        if (typeof key === 'string')
            return `${base}.${key.toLowerCase()}`;
        return `${base}.*`;
    }
    return undefined;
}
function flows(e, out, depth) {
    if (depth > 64)
        return;
    const path = pathOf(e);
    if (path !== undefined) {
        out.add(path);
        return;
    }
    if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_) {
        // A property of a computed value (`(a || b).number`): the property of whatever the base carries.
        const base = new Set();
        flows(e.expr, base, depth + 1);
        const idx = e.index;
        const key = idx instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS ? idx.literal.value : undefined;
        const suffix = typeof key === 'string' ? key.toLowerCase() : '*';
        for (const p of base)
            out.add(`${p}.${suffix}`);
    }
    else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU) {
        flows(e.group, out, depth + 1);
    }
    else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Logical */ .oD) {
        // `a && b`: the value is b (or a falsy a, which prints as nothing); `a || b`: a or b.
        if (e.operator.lexeme === '&&')
            flows(e.args[e.args.length - 1], out, depth + 1);
        else
            for (const a of e.args)
                flows(a, out, depth + 1);
    }
    else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6) {
        if (PASS_THROUGH.has(e.functionName.lexeme.toLowerCase())) {
            for (const a of e.args)
                flows(a, out, depth + 1);
        }
    }
    else if (e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Unary */ ._c || e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Binary */ .yI || e instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS) {
        // `!x`, comparisons and literals carry no context text.
    }
}
/** Bodies already read (the same `${{ secrets.X }}` recurs across files); dropped whole when full. */
const FLOWS = new Map();
const MAX_FLOWS = 8192;
/** The context paths that flow into the value of one expression body. */
function flowingPaths(body) {
    let flow = FLOWS.get(body);
    if (!flow) {
        // Read from an own copy, so neither the key nor the paths keep a workflow's text alive.
        const own = (0,_detach_js__WEBPACK_IMPORTED_MODULE_2__/* .detached */ .h)(body);
        flow = readFlow(own);
        if (FLOWS.size >= MAX_FLOWS)
            FLOWS.clear();
        FLOWS.set(own, flow);
    }
    return { paths: [...flow.paths], parsed: flow.parsed };
}
function readFlow(body) {
    try {
        const tokens = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(body).lex().tokens;
        const expr = new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(tokens, CONTEXTS, []).parse();
        const out = new Set();
        flows(expr, out, 0);
        return { paths: [...out], parsed: true };
    }
    catch {
        return { paths: (0,_expressions_js__WEBPACK_IMPORTED_MODULE_3__/* .referencedPaths */ .i7)(`\${{${body}}}`), parsed: false };
    }
}
/** A best-effort string for an expression: literals as themselves, context paths as `${{path}}`. */
function symbolic(e, depth) {
    if (depth > 64)
        return undefined;
    const path = pathOf(e);
    if (path !== undefined)
        return `\${{${path}}}`;
    if (e instanceof Literal) {
        const v = e.literal.value;
        return v === null || v === undefined ? '' : String(v);
    }
    if (e instanceof Grouping)
        return symbolic(e.group, depth + 1);
    if (e instanceof Logical) {
        // `a || b` may be either; `a && b` is b when it prints anything.
        const parts = (e.operator.lexeme === '&&' ? e.args.slice(-1) : e.args).map((a) => symbolic(a, depth + 1));
        return parts.every((p) => p !== undefined) ? parts.join(' ') : undefined;
    }
    if (e instanceof FunctionCall) {
        const name = e.functionName.lexeme.toLowerCase();
        const args = e.args.map((a) => symbolic(a, depth + 1));
        if (name === 'format' && args[0] !== undefined) {
            return args[0].replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n) => n === undefined ? m[0] : (args[Number(n) + 1] ?? m));
        }
        if (name === 'join' && args.every((a) => a !== undefined))
            return args.join(' ');
    }
    return undefined;
}
/**
 * The text as the runner would paste it, as far as it is known: each `${{ \u2026 }}` becomes its value
 * when it is built from literals (`format('refs/pull/{0}/head', github.event.number)` \u2192
 * `refs/pull/${{github.event.number}}/head`); context values stay as `${{path}}`; an expression
 * that cannot be read stays as written.
 */
function symbolicText(text) {
    const spans = expressionSpans(text);
    if (!spans.length)
        return text;
    let out = '';
    let at = 0;
    for (const s of spans) {
        out += text.slice(at, s.start);
        let v;
        try {
            const expr = new Parser(new Lexer(s.body).lex().tokens, CONTEXTS, []).parse();
            v = symbolic(expr, 0);
        }
        catch {
            v = undefined;
        }
        out += v ?? text.slice(s.start, s.end);
        at = s.end;
    }
    return out + text.slice(at);
}


/***/ }),

/***/ 4681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i7: () => (/* binding */ referencedPaths),
/* harmony export */   k7: () => (/* binding */ expressionSpans)
/* harmony export */ });
/* unused harmony exports expressionBodies, normaliseExpression */
/** Light reading of `${{ \u2026 }}` expressions: which contexts they reference. */
/**
 * Every `${{ \u2026 }}` of a string, in order. String literals (single-quoted, `''` escapes) may hold
 * `}}` without closing the expression; an unclosed expression runs to the end of the string.
 */
function expressionSpans(text) {
    const out = [];
    let i = text.indexOf('${{');
    while (i >= 0) {
        let j = i + 3;
        let inString = false;
        let end = -1;
        while (j < text.length) {
            const c = text[j];
            if (inString) {
                if (c === "'") {
                    if (text[j + 1] === "'")
                        j++;
                    else
                        inString = false;
                }
            }
            else if (c === "'")
                inString = true;
            else if (c === '}' && text[j + 1] === '}') {
                end = j + 2;
                break;
            }
            j++;
        }
        if (end < 0) {
            out.push({ body: text.slice(i + 3), start: i, end: text.length });
            break;
        }
        out.push({ body: text.slice(i + 3, end - 2), start: i, end });
        i = text.indexOf('${{', end);
    }
    return out;
}
/** The bodies of every `${{ \u2026 }}` in a string (multi-line bodies included). */
function expressionBodies(text) {
    return expressionSpans(text).map((s) => s.body);
}
/**
 * Normalise an expression so context paths read as dotted lower-case names:
 * `github.event['pull_request'] ['head'].sha` \u2192 `github.event.pull_request.head.sha`.
 */
function normaliseExpression(body) {
    return body
        .replace(/\s*\[\s*(['"])([^'"\]]*)\1\s*\]/g, '.$2')
        .replace(/\s*\.\s*/g, '.')
        .toLowerCase();
}
const CONTEXT_PATH = /(?<![\w.-])([a-z_][\w-]*(?:\.[\w*-]+)+)/g;
/** Dotted context paths referenced by the expressions in `text` (`if:` values count whole). */
function referencedPaths(text, wholeIsExpression = false) {
    const bodies = wholeIsExpression && !text.includes('${{') ? [text] : expressionBodies(text);
    const out = new Set();
    for (const body of bodies) {
        const norm = normaliseExpression(body).replace(/'[^']*'/g, "''");
        for (const m of norm.matchAll(CONTEXT_PATH))
            out.add(m[1]);
    }
    return [...out];
}


/***/ }),

/***/ 9858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cY: () => (/* binding */ loadGlobMatcherFor),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   i4: () => (/* binding */ registerGlobMatcher),
/* harmony export */   xz: () => (/* binding */ loadGlobMatcher)
/* harmony export */ });
/* unused harmony exports needsGlobMatcher, needsGlobMatcherToMatch */
/**
 * Glob matching for workflow paths and policy exceptions without loading minimatch at start.
 * The patterns that occur in practice (`.github/workflows/*.yml`, a folder, a file name with a
 * `*` in it) are matched here, exactly as minimatch matches them (test/workflows/glob.test.ts
 * compares the two); any other pattern goes to minimatch, which a run loads first with
 * `loadGlobMatcherFor` (or statically, by importing ./glob-minimatch.js).
 *
 * The simple form: posix paths whose segments hold only letters, digits, `.`, `_`, `-`, space
 * and single `*`s (each matching any run of characters within a segment), no empty, `.` or `..`
 * segment. Everything else \u2014 `**`, `?`, classes, braces, extglobs, negation, escapes, other
 * punctuation, Windows \u2014 is minimatch's.
 */
let fallback;
/** Called by ./glob-minimatch.js with minimatch itself. */
function registerGlobMatcher(matcher) {
    fallback = matcher;
}
const SIMPLE_SEGMENT = /^[A-Za-z0-9._ -]*(?:\*[A-Za-z0-9._ -]*)*$/;
const compiled = new Map();
/** The pattern's segments (literal strings or anchored regexes), or null when not simple. */
function simpleSegments(pattern) {
    let segs = compiled.get(pattern);
    if (segs !== undefined)
        return segs;
    segs = null;
    if (process.platform !== 'win32') {
        const parts = pattern.split('/');
        const body = parts[0] === '' ? parts.slice(1) : parts;
        const ok = body.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('**') && SIMPLE_SEGMENT.test(p));
        if (ok && body.length) {
            segs = parts.map((p) => p.includes('*')
                ? new RegExp(`^${p.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`)
                : p);
        }
    }
    if (compiled.size > 1000)
        compiled.clear();
    compiled.set(pattern, segs);
    return segs;
}
/** Whether `pattern` needs minimatch (it is not of the simple form). */
function needsGlobMatcher(pattern) {
    return simpleSegments(pattern) === null;
}
/** Load minimatch (a no-op once loaded). */
async function loadGlobMatcher() {
    if (!fallback)
        await Promise.all(/* import() */[__nccwpck_require__.e(138), __nccwpck_require__.e(323)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3323));
}
/** Load minimatch when one of `patterns` needs it. */
async function loadGlobMatcherFor(patterns) {
    if (fallback)
        return;
    for (const p of patterns)
        if (needsGlobMatcher(p))
            return loadGlobMatcher();
}
function segmentMatches(seg, pat, dot) {
    if (typeof pat === 'string')
        return seg === pat;
    if (seg === '.' || seg === '..')
        return false;
    // Without `dot`, a segment starting with `.` is matched only by a literal leading `.`; a
    // simple pattern segment that is a regex and does not start with `.` starts with `*`.
    if (!dot && seg.startsWith('.') && !pat.source.startsWith('^\\.'))
        return false;
    return pat.test(seg);
}
/**
 * Whether a path has an empty segment (`a//b`, a trailing `/`, ''): minimatch's to judge, even
 * against a simple pattern. Paths built by path.join never have one.
 */
function hasEmptySegment(parts) {
    return !parts.every((p, i) => p !== '' || (i === 0 && parts.length > 1));
}
/** Whether `globMatch(path, pattern)` needs minimatch to answer (the pattern or the path). */
function needsGlobMatcherToMatch(path, pattern) {
    return needsGlobMatcher(pattern) || hasEmptySegment(path.split('/'));
}
/** Whether `path` matches `pattern`, as `minimatch(path, pattern, options)` says. */
function globMatch(path, pattern, options = {}) {
    const segs = simpleSegments(pattern);
    const parts = path.split('/');
    if (!segs || hasEmptySegment(parts)) {
        if (!fallback) {
            throw new Error(`internal: matching ${JSON.stringify(path)} against the glob ${JSON.stringify(pattern)} needs minimatch, which was not loaded (call loadGlobMatcher first)`);
        }
        return fallback(path, pattern, options);
    }
    const dot = options.dot ?? false;
    if (parts.length > segs.length)
        return false;
    if (parts.length < segs.length) {
        if (!options.partial)
            return false;
    }
    for (let i = 0; i < parts.length; i++) {
        if (!segmentMatches(parts[i], segs[i], dot))
            return false;
    }
    return true;
}


/***/ }),

/***/ 780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   OW: () => (/* binding */ usesTarget),
/* harmony export */   Wf: () => (/* binding */ isFullSha),
/* harmony export */   oG: () => (/* binding */ isImageDigest)
/* harmony export */ });
/* harmony import */ var _detach_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1271);
/** What a `uses:` value points at: a local action, the hub's own (`$/`), a Docker image or a repository. */

const FULL_SHA = /^[0-9a-f]{40}$/i;
const DIGEST = /^sha256:[0-9a-f]{64}$/i;
/** A full 40-hex commit SHA (upper case accepted, as GitHub does). */
function isFullSha(ref) {
    return ref !== undefined && FULL_SHA.test(ref);
}
function isImageDigest(digest) {
    return digest !== undefined && DIGEST.test(digest);
}
/** References already read (the same actions recur in every workflow); dropped whole when full. */
const PARSED = new Map();
const MAX_PARSED = 16384;
/** What a `uses:` value points at. The result is shared between callers: never change it. */
function parseUses(value) {
    let ref = PARSED.get(value);
    if (!ref) {
        // Read from an own copy, so neither the key nor the parts keep a workflow's text alive.
        const own = (0,_detach_js__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .h)(value);
        ref = Object.freeze(readUses(own));
        if (PARSED.size >= MAX_PARSED)
            PARSED.clear();
        PARSED.set(own, ref);
    }
    return ref;
}
function readUses(value) {
    const raw = value.trim();
    if (raw.includes('${{')) {
        return { kind: 'invalid', raw, reason: 'uses: cannot hold an expression; GitHub rejects it' };
    }
    if (raw.startsWith('./') || raw === '.')
        return { kind: 'local', raw };
    if (raw.startsWith('$/'))
        return { kind: 'hub', raw };
    if (raw.toLowerCase().startsWith('docker://')) {
        const rest = raw.slice('docker://'.length);
        const at = rest.indexOf('@');
        const name = at >= 0 ? rest.slice(0, at) : rest;
        const digest = at >= 0 ? rest.slice(at + 1) : undefined;
        const slash = name.lastIndexOf('/');
        const colon = name.lastIndexOf(':');
        const hasTag = colon > slash;
        return {
            kind: 'docker',
            raw,
            image: hasTag ? name.slice(0, colon) : name,
            tag: hasTag ? name.slice(colon + 1) : undefined,
            digest
        };
    }
    const at = raw.indexOf('@');
    const target = at >= 0 ? raw.slice(0, at) : raw;
    const ref = at >= 0 ? raw.slice(at + 1) : undefined;
    const parts = target.split('/');
    if (parts.length < 2 || parts.some((p) => p === '')) {
        return {
            kind: 'invalid',
            raw,
            reason: `'${raw}' is not owner/repo[/path]@ref, ./path or docker://image`
        };
    }
    return {
        kind: 'repo',
        raw,
        owner: parts[0],
        repo: parts[1],
        path: parts.length > 2 ? parts.slice(2).join('/') : undefined,
        ref: ref === '' ? undefined : ref
    };
}
/** `owner/repo[/path]` of a repository reference, as users write it in policies. */
function usesTarget(ref) {
    return [ref.owner, ref.repo, ...(ref.path ? [ref.path] : [])].join('/');
}


/***/ }),

/***/ 1275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.PAIR),
/* harmony export */   CA: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_YAMLMap_js__WEBPACK_IMPORTED_MODULE_5__.YAMLMap),
/* harmony export */   Qu: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.NODE_TYPE),
/* harmony export */   Rm: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_Pair_js__WEBPACK_IMPORTED_MODULE_3__.Pair),
/* harmony export */   Rw: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_YAMLSeq_js__WEBPACK_IMPORTED_MODULE_6__.YAMLSeq),
/* harmony export */   Vj: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isAlias),
/* harmony export */   X5: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_Scalar_js__WEBPACK_IMPORTED_MODULE_4__.Scalar),
/* harmony export */   YR: () => (/* reexport safe */ _node_modules_yaml_dist_visit_js__WEBPACK_IMPORTED_MODULE_1__.visit),
/* harmony export */   jf: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.SCALAR),
/* harmony export */   jh: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isMap),
/* harmony export */   jn: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isScalar),
/* harmony export */   kN: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.SEQ),
/* harmony export */   lC: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.MAP),
/* harmony export */   oP: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isSeq),
/* harmony export */   tO: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__.isPair),
/* harmony export */   x1: () => (/* reexport safe */ _node_modules_yaml_dist_nodes_Alias_js__WEBPACK_IMPORTED_MODULE_0__.Alias),
/* harmony export */   yo: () => (/* reexport safe */ _node_modules_yaml_dist_doc_Document_js__WEBPACK_IMPORTED_MODULE_2__.Document)
/* harmony export */ });
/* harmony import */ var _node_modules_yaml_dist_nodes_Alias_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4065);
/* harmony import */ var _node_modules_yaml_dist_visit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(204);
/* harmony import */ var _node_modules_yaml_dist_doc_Document_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3021);
/* harmony import */ var _node_modules_yaml_dist_nodes_Pair_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7165);
/* harmony import */ var _node_modules_yaml_dist_nodes_Scalar_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3301);
/* harmony import */ var _node_modules_yaml_dist_nodes_YAMLMap_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4454);
/* harmony import */ var _node_modules_yaml_dist_nodes_YAMLSeq_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2223);
/* harmony import */ var _node_modules_yaml_dist_nodes_identity_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(1127);
/**
 * The yaml library's node classes and type guards, without its parser. `import \u2026 from 'yaml'`
 * loads the whole library (its CommonJS index requires the lexer, parser and composer too); the
 * fast reader (./yaml-fast.ts) and everything that walks parsed documents need only the nodes,
 * so they import them from here, from the library's own files, and the parser loads on demand
 * (./yaml-library.ts, through `loadYamlLibrary` in ./yaml-doc.ts) for the few texts the fast
 * reader leaves to it. The package's `exports` map names only its index, hence the relative
 * paths; they are the very modules the index re-exports (one class, one `instanceof`).
 */










/***/ }),

/***/ 2049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ Star),
/* harmony export */   QC: () => (/* binding */ ContextAccess),
/* harmony export */   R6: () => (/* binding */ FunctionCall),
/* harmony export */   _c: () => (/* binding */ Unary),
/* harmony export */   aU: () => (/* binding */ Grouping),
/* harmony export */   oD: () => (/* binding */ Logical),
/* harmony export */   p_: () => (/* binding */ IndexAccess),
/* harmony export */   uS: () => (/* binding */ Literal),
/* harmony export */   yI: () => (/* binding */ Binary)
/* harmony export */ });
/* unused harmony export Expr */
class Expr {
}
class Literal extends Expr {
    constructor(literal, token) {
        super();
        this.literal = literal;
        this.token = token;
    }
    accept(v) {
        return v.visitLiteral(this);
    }
}
class Unary extends Expr {
    constructor(operator, expr) {
        super();
        this.operator = operator;
        this.expr = expr;
    }
    accept(v) {
        return v.visitUnary(this);
    }
}
class FunctionCall extends Expr {
    constructor(functionName, args) {
        super();
        this.functionName = functionName;
        this.args = args;
    }
    accept(v) {
        return v.visitFunctionCall(this);
    }
}
class Binary extends Expr {
    constructor(left, operator, right) {
        super();
        this.left = left;
        this.operator = operator;
        this.right = right;
    }
    accept(v) {
        return v.visitBinary(this);
    }
}
class Logical extends Expr {
    constructor(operator, args) {
        super();
        this.operator = operator;
        this.args = args;
    }
    accept(v) {
        return v.visitLogical(this);
    }
}
class Grouping extends Expr {
    constructor(group) {
        super();
        this.group = group;
    }
    accept(v) {
        return v.visitGrouping(this);
    }
}
class ContextAccess extends Expr {
    constructor(name) {
        super();
        this.name = name;
    }
    accept(v) {
        return v.visitContextAccess(this);
    }
}
class IndexAccess extends Expr {
    constructor(expr, index) {
        super();
        this.expr = expr;
        this.index = index;
    }
    accept(v) {
        return v.visitIndexAccess(this);
    }
}
class Star extends Expr {
    accept() {
        throw new Error("Method not implemented.");
    }
}
//# sourceMappingURL=ast.js.map

/***/ }),

/***/ 2506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JG: () => (/* reexport */ lexer_Lexer),
  iX: () => (/* reexport */ parser_Parser)
});

// UNUSED EXPORTS: DescriptionDictionary, Evaluator, Expr, ExpressionError, ExpressionEvaluationError, FeatureFlags, complete, data, isDescriptionDictionary, wellKnownFunctions

// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __nccwpck_require__(2049);
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/expressiondata.js
var expressiondata_Kind;
(function (Kind) {
    Kind[Kind["String"] = 0] = "String";
    Kind[Kind["Array"] = 1] = "Array";
    Kind[Kind["Dictionary"] = 2] = "Dictionary";
    Kind[Kind["Boolean"] = 3] = "Boolean";
    Kind[Kind["Number"] = 4] = "Number";
    Kind[Kind["CaseSensitiveDictionary"] = 5] = "CaseSensitiveDictionary";
    Kind[Kind["Null"] = 6] = "Null";
})(expressiondata_Kind || (expressiondata_Kind = {}));
function kindStr(k) {
    switch (k) {
        case expressiondata_Kind.Array:
            return "Array";
        case expressiondata_Kind.Boolean:
            return "Boolean";
        case expressiondata_Kind.Null:
            return "Null";
        case expressiondata_Kind.Number:
            return "Number";
        case expressiondata_Kind.Dictionary:
            return "Object";
        case expressiondata_Kind.String:
            return "String";
    }
    return "unknown";
}
//# sourceMappingURL=expressiondata.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/dictionary.js

class Dictionary {
    constructor(...pairs) {
        this.keys = [];
        this.v = [];
        this.indexMap = {};
        this.kind = expressiondata_Kind.Dictionary;
        this.primitive = false;
        for (const p of pairs) {
            this.add(p.key, p.value);
        }
    }
    coerceString() {
        return kindStr(this.kind);
    }
    number() {
        return NaN;
    }
    add(key, value) {
        if (key.toLowerCase() in this.indexMap) {
            return;
        }
        this.keys.push(key);
        this.v.push(value);
        this.indexMap[key.toLowerCase()] = this.v.length - 1;
    }
    get(key) {
        const index = this.indexMap[key.toLowerCase()];
        if (index === undefined) {
            return undefined;
        }
        return this.v[index];
    }
    values() {
        return this.v;
    }
    pairs() {
        const result = [];
        for (const key of this.keys) {
            result.push({ key, value: this.v[this.indexMap[key.toLowerCase()]] });
        }
        return result;
    }
}
function dictionary_isDictionary(x) {
    return x.kind === Kind.Dictionary;
}
//# sourceMappingURL=dictionary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/array.js

class array_Array {
    constructor(...data) {
        this.v = [];
        this.kind = expressiondata_Kind.Array;
        this.primitive = false;
        for (const d of data) {
            this.add(d);
        }
    }
    coerceString() {
        return kindStr(this.kind);
    }
    number() {
        return NaN;
    }
    add(value) {
        this.v.push(value);
    }
    get(index) {
        return this.v[index];
    }
    values() {
        return this.v;
    }
}
//# sourceMappingURL=array.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/boolean.js

class BooleanData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.Boolean;
        this.primitive = true;
    }
    coerceString() {
        if (this.value) {
            return "true";
        }
        return "false";
    }
    number() {
        if (this.value) {
            return 1;
        }
        return 0;
    }
}
//# sourceMappingURL=boolean.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/null.js

class Null {
    constructor() {
        this.kind = expressiondata_Kind.Null;
        this.primitive = true;
    }
    coerceString() {
        return "";
    }
    number() {
        return 0;
    }
}
//# sourceMappingURL=null.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/number.js

class NumberData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.Number;
        this.primitive = true;
    }
    coerceString() {
        if (this.value === 0) {
            return "0";
        }
        // Workaround to limit the precision to at most 15 digits. Format the number to a string, then parse
        // it back to a number to remove trailing zeroes to prevent numbers to be converted to 1.200000000...
        return (+this.value.toFixed(15)).toString();
    }
    number() {
        return this.value;
    }
}
//# sourceMappingURL=number.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/string.js

class StringData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.String;
        this.primitive = true;
    }
    coerceString() {
        return this.value;
    }
    number() {
        return Number(this.value);
    }
}
//# sourceMappingURL=string.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/replacer.js






/**
 * Replacer can be passed to JSON.stringify to convert an ExpressionData object into plain JSON
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify#replacer
 */
function replacer(_key, value) {
    if (value instanceof Null) {
        return null;
    }
    if (value instanceof BooleanData) {
        return value.value;
    }
    if (value instanceof NumberData) {
        return value.number();
    }
    if (value instanceof StringData) {
        return value.coerceString();
    }
    if (value instanceof array_Array) {
        return value.values();
    }
    if (value instanceof Dictionary) {
        const pairs = value.pairs();
        const r = {};
        for (const p of pairs) {
            r[p.key] = p.value;
        }
        return r;
    }
    return value;
}
//# sourceMappingURL=replacer.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/reviver.js






/**
 * Reviver can be passed to `JSON.parse` to convert plain JSON into an `ExpressionData` object.
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse#reviver
 */
function reviver(_key, val) {
    if (val === null) {
        return new Null();
    }
    if (typeof val === "string") {
        return new StringData(val);
    }
    if (typeof val === "number") {
        return new NumberData(val);
    }
    if (typeof val === "boolean") {
        return new BooleanData(val);
    }
    if (Array.isArray(val)) {
        return new array_Array(...val);
    }
    if (typeof val === "object") {
        return new Dictionary(...Object.keys(val).map(k => ({
            key: k,
            value: val[k]
        })));
    }
    // Pass through value
    return val;
}
//# sourceMappingURL=reviver.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/index.js









//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/filtered_array.js

class filtered_array_FilteredArray extends array_Array {
}
//# sourceMappingURL=filtered_array.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/lexer.js


var lexer_TokenType;
(function (TokenType) {
    TokenType[TokenType["UNKNOWN"] = 0] = "UNKNOWN";
    TokenType[TokenType["LEFT_PAREN"] = 1] = "LEFT_PAREN";
    TokenType[TokenType["RIGHT_PAREN"] = 2] = "RIGHT_PAREN";
    TokenType[TokenType["LEFT_BRACKET"] = 3] = "LEFT_BRACKET";
    TokenType[TokenType["RIGHT_BRACKET"] = 4] = "RIGHT_BRACKET";
    TokenType[TokenType["COMMA"] = 5] = "COMMA";
    TokenType[TokenType["DOT"] = 6] = "DOT";
    TokenType[TokenType["BANG"] = 7] = "BANG";
    TokenType[TokenType["BANG_EQUAL"] = 8] = "BANG_EQUAL";
    TokenType[TokenType["EQUAL_EQUAL"] = 9] = "EQUAL_EQUAL";
    TokenType[TokenType["GREATER"] = 10] = "GREATER";
    TokenType[TokenType["GREATER_EQUAL"] = 11] = "GREATER_EQUAL";
    TokenType[TokenType["LESS"] = 12] = "LESS";
    TokenType[TokenType["LESS_EQUAL"] = 13] = "LESS_EQUAL";
    TokenType[TokenType["AND"] = 14] = "AND";
    TokenType[TokenType["OR"] = 15] = "OR";
    TokenType[TokenType["STAR"] = 16] = "STAR";
    TokenType[TokenType["NUMBER"] = 17] = "NUMBER";
    TokenType[TokenType["STRING"] = 18] = "STRING";
    TokenType[TokenType["IDENTIFIER"] = 19] = "IDENTIFIER";
    TokenType[TokenType["TRUE"] = 20] = "TRUE";
    TokenType[TokenType["FALSE"] = 21] = "FALSE";
    TokenType[TokenType["NULL"] = 22] = "NULL";
    TokenType[TokenType["EOF"] = 23] = "EOF";
})(lexer_TokenType || (lexer_TokenType = {}));
function tokenString(tok) {
    switch (tok.type) {
        case lexer_TokenType.EOF:
            return "EOF";
        case lexer_TokenType.NUMBER:
            return tok.lexeme;
        case lexer_TokenType.STRING:
            // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
            return tok.value.toString();
        default:
            return tok.lexeme;
    }
}
class lexer_Lexer {
    constructor(input) {
        this.input = input;
        this.start = 0;
        this.offset = 0;
        this.line = 0;
        this.lastLineOffset = 0;
        this.tokens = [];
    }
    lex() {
        if (this.input.length > MAX_EXPRESSION_LENGTH) {
            throw new Error("ErrorExceededMaxLength");
        }
        while (!this.atEnd()) {
            this.start = this.offset;
            const c = this.next();
            switch (c) {
                case "(":
                    this.addToken(lexer_TokenType.LEFT_PAREN);
                    break;
                case ")":
                    this.addToken(lexer_TokenType.RIGHT_PAREN);
                    break;
                case "[":
                    this.addToken(lexer_TokenType.LEFT_BRACKET);
                    break;
                case "]":
                    this.addToken(lexer_TokenType.RIGHT_BRACKET);
                    break;
                case ",":
                    this.addToken(lexer_TokenType.COMMA);
                    break;
                case ".":
                    if (this.previous() != lexer_TokenType.IDENTIFIER &&
                        this.previous() != lexer_TokenType.RIGHT_BRACKET &&
                        this.previous() != lexer_TokenType.RIGHT_PAREN &&
                        this.previous() != lexer_TokenType.STAR) {
                        this.consumeNumber();
                    }
                    else {
                        this.addToken(lexer_TokenType.DOT);
                    }
                    break;
                case "-":
                case "+":
                    this.consumeNumber();
                    break;
                case "!":
                    this.addToken(this.match("=") ? lexer_TokenType.BANG_EQUAL : lexer_TokenType.BANG);
                    break;
                case "=":
                    if (!this.match("=")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.EQUAL_EQUAL);
                    break;
                case "<":
                    this.addToken(this.match("=") ? lexer_TokenType.LESS_EQUAL : lexer_TokenType.LESS);
                    break;
                case ">":
                    this.addToken(this.match("=") ? lexer_TokenType.GREATER_EQUAL : lexer_TokenType.GREATER);
                    break;
                case "&":
                    if (!this.match("&")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.AND);
                    break;
                case "|":
                    if (!this.match("|")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.OR);
                    break;
                case "*":
                    this.addToken(lexer_TokenType.STAR);
                    break;
                // Ignore whitespace.
                case " ":
                case "\r":
                case "\t":
                    break;
                case "\n":
                    ++this.line;
                    this.lastLineOffset = this.offset;
                    break;
                case "'":
                    this.consumeString();
                    break;
                default:
                    switch (true) {
                        case isDigit(c):
                            this.consumeNumber();
                            break;
                        default:
                            this.consumeIdentifier();
                            break;
                    }
            }
        }
        this.tokens.push({
            type: lexer_TokenType.EOF,
            lexeme: "",
            range: this.range()
        });
        return {
            tokens: this.tokens
        };
    }
    pos() {
        return {
            line: this.line,
            column: this.start - this.lastLineOffset
        };
    }
    endPos() {
        return {
            line: this.line,
            column: this.offset - this.lastLineOffset
        };
    }
    range() {
        return {
            start: this.pos(),
            end: this.endPos()
        };
    }
    atEnd() {
        return this.offset >= this.input.length;
    }
    peek() {
        if (this.atEnd()) {
            return "\0";
        }
        return this.input[this.offset];
    }
    peekNext() {
        if (this.offset + 1 >= this.input.length) {
            return "\0";
        }
        return this.input[this.offset + 1];
    }
    previous() {
        const l = this.tokens.length;
        if (l == 0) {
            return lexer_TokenType.EOF;
        }
        return this.tokens[l - 1].type;
    }
    next() {
        return this.input[this.offset++];
    }
    match(expected) {
        if (this.atEnd()) {
            return false;
        }
        if (this.input[this.offset] !== expected) {
            return false;
        }
        this.offset++;
        return true;
    }
    addToken(type, value) {
        this.tokens.push({
            type,
            lexeme: this.input.substring(this.start, this.offset),
            range: this.range(),
            value
        });
    }
    consumeNumber() {
        while (!this.atEnd() && (!isBoundary(this.peek()) || this.peek() == ".")) {
            this.next();
        }
        const lexeme = this.input.substring(this.start, this.offset);
        const value = new StringData(lexeme).number();
        if (isNaN(value)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(lexer_TokenType.NUMBER, value);
    }
    consumeString() {
        while ((this.peek() !== "'" || this.peekNext() === "'") && !this.atEnd()) {
            if (this.peek() === "\n")
                this.line++;
            if (this.peek() === "'" && this.peekNext() === "'") {
                // Escaped "'", consume
                this.next();
            }
            this.next();
        }
        if (this.atEnd()) {
            // Unterminated string
            throw new Error(`Unexpected symbol: '${this.input.substring(this.start)}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        // Closing '
        this.next();
        // Trim the surrounding quotes.
        let value = this.input.substring(this.start + 1, this.offset - 1);
        value = value.replace("''", "'");
        this.addToken(lexer_TokenType.STRING, value);
    }
    consumeIdentifier() {
        while (!this.atEnd() && !isBoundary(this.peek())) {
            this.next();
        }
        let tokenType = lexer_TokenType.IDENTIFIER;
        let tokenValue = undefined;
        const lexeme = this.input.substring(this.start, this.offset);
        if (this.previous() != lexer_TokenType.DOT) {
            switch (lexeme) {
                case "true":
                    tokenType = lexer_TokenType.TRUE;
                    break;
                case "false":
                    tokenType = lexer_TokenType.FALSE;
                    break;
                case "null":
                    tokenType = lexer_TokenType.NULL;
                    break;
                case "NaN":
                    tokenType = lexer_TokenType.NUMBER;
                    tokenValue = NaN;
                    break;
                case "Infinity":
                    tokenType = lexer_TokenType.NUMBER;
                    tokenValue = Infinity;
                    break;
            }
        }
        if (!isLegalIdentifier(lexeme)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(tokenType, tokenValue);
    }
}
function isDigit(c) {
    return c >= "0" && c <= "9";
}
function isBoundary(c) {
    switch (c) {
        case "(":
        case "[":
        case ")":
        case "]":
        case ",":
        case ".":
        case "!":
        case ">":
        case "<":
        case "=":
        case "&":
        case "|":
            return true;
    }
    return /\s/.test(c);
}
function isLegalIdentifier(str) {
    if (str == "") {
        return false;
    }
    const first = str[0];
    if ((first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_") {
        for (const c of str.substring(1).split("")) {
            if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-") {
                // OK
            }
            else {
                return false;
            }
        }
        return true;
    }
    return false;
}
//# sourceMappingURL=lexer.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/errors.js

const MAX_PARSER_DEPTH = 50;
const MAX_EXPRESSION_LENGTH = 21000;
var ErrorType;
(function (ErrorType) {
    ErrorType[ErrorType["ErrorUnexpectedSymbol"] = 0] = "ErrorUnexpectedSymbol";
    ErrorType[ErrorType["ErrorUnrecognizedNamedValue"] = 1] = "ErrorUnrecognizedNamedValue";
    ErrorType[ErrorType["ErrorUnexpectedEndOfExpression"] = 2] = "ErrorUnexpectedEndOfExpression";
    ErrorType[ErrorType["ErrorExceededMaxDepth"] = 3] = "ErrorExceededMaxDepth";
    ErrorType[ErrorType["ErrorExceededMaxLength"] = 4] = "ErrorExceededMaxLength";
    ErrorType[ErrorType["ErrorTooFewParameters"] = 5] = "ErrorTooFewParameters";
    ErrorType[ErrorType["ErrorTooManyParameters"] = 6] = "ErrorTooManyParameters";
    ErrorType[ErrorType["ErrorEvenParameters"] = 7] = "ErrorEvenParameters";
    ErrorType[ErrorType["ErrorUnrecognizedContext"] = 8] = "ErrorUnrecognizedContext";
    ErrorType[ErrorType["ErrorUnrecognizedFunction"] = 9] = "ErrorUnrecognizedFunction";
})(ErrorType || (ErrorType = {}));
class ExpressionError extends Error {
    constructor(typ, tok) {
        super(`${errorDescription(typ)}: '${tokenString(tok)}'`);
        this.typ = typ;
        this.tok = tok;
        this.pos = this.tok.range.start;
    }
}
function errorDescription(typ) {
    switch (typ) {
        case ErrorType.ErrorUnexpectedEndOfExpression:
            return "Unexpected end of expression";
        case ErrorType.ErrorUnexpectedSymbol:
            return "Unexpected symbol";
        case ErrorType.ErrorUnrecognizedNamedValue:
            return "Unrecognized named-value";
        case ErrorType.ErrorExceededMaxDepth:
            return `Exceeded max expression depth ${MAX_PARSER_DEPTH}`;
        case ErrorType.ErrorExceededMaxLength:
            return `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`;
        case ErrorType.ErrorTooFewParameters:
            return "Too few parameters supplied";
        case ErrorType.ErrorTooManyParameters:
            return "Too many parameters supplied";
        case ErrorType.ErrorEvenParameters:
            return "Even number of parameters supplied, requires an odd number of parameters";
        case ErrorType.ErrorUnrecognizedContext:
            return "Unrecognized named-value";
        case ErrorType.ErrorUnrecognizedFunction:
            return "Unrecognized function";
        default: // Should never reach here.
            return "Unknown error";
    }
}
class ExpressionEvaluationError extends Error {
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/case.js

const caseFunc = {
    name: "case",
    description: "`case( pred1, val1, pred2, val2, ..., default )`\n\nEvaluates predicates in order and returns the value corresponding to the first predicate that evaluates to `true`. If no predicate matches, it returns the last argument as the default value.",
    minArgs: 3,
    maxArgs: Number.MAX_SAFE_INTEGER,
    call: (...args) => {
        // Evaluate predicate-result pairs
        for (let i = 0; i < args.length - 1; i += 2) {
            const predicate = args[i];
            // Predicate must be a boolean
            if (predicate.kind !== expressiondata_Kind.Boolean) {
                throw new Error("case predicate must evaluate to a boolean value");
            }
            // If predicate is true, return the corresponding result
            if (predicate.value) {
                return args[i + 1];
            }
        }
        // No predicate matched, return default (last argument)
        return args[args.length - 1];
    }
};
//# sourceMappingURL=case.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/result.js

function result_falsy(d) {
    switch (d.kind) {
        case data.Kind.Null:
            return true;
        case data.Kind.Boolean:
            return !d.value;
        case data.Kind.Number: {
            const dv = d.value;
            return dv === 0 || isNaN(dv);
        }
        case data.Kind.String:
            return d.value.length === 0;
    }
    return false;
}
function result_truthy(d) {
    return !result_falsy(d);
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except objects are not coerced to primitives.
function coerceTypes(li, ri) {
    let lv = li;
    let rv = ri;
    // Do nothing, same kind
    if (li.kind === ri.kind) {
        return [lv, rv];
    }
    switch (li.kind) {
        // Number, String
        case expressiondata_Kind.Number:
            if (ri.kind === expressiondata_Kind.String) {
                rv = new NumberData(ri.number());
                return [lv, rv];
            }
            break;
        // String, Number
        case expressiondata_Kind.String:
            if (ri.kind === expressiondata_Kind.Number) {
                lv = new NumberData(li.number());
                return [lv, rv];
            }
            break;
        // Boolean|Null, Any
        case expressiondata_Kind.Null:
        case expressiondata_Kind.Boolean:
            lv = new NumberData(li.number());
            return coerceTypes(lv, rv);
    }
    // Any, Boolean|Null
    switch (ri.kind) {
        case expressiondata_Kind.Null:
        case expressiondata_Kind.Boolean:
            rv = new NumberData(ri.number());
            return coerceTypes(lv, rv);
    }
    return [lv, rv];
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_equals(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Null, Null
        case expressiondata_Kind.Null:
            return true;
        // Number, Number
        case expressiondata_Kind.Number: {
            const ld = lv.value;
            const rd = rv.value;
            if (isNaN(ld) || isNaN(rd)) {
                return false;
            }
            return ld == rd;
        }
        // String, String
        case expressiondata_Kind.String: {
            const ls = lv.value;
            const rs = rv.value;
            return toUpperSpecial(ls) === toUpperSpecial(rs);
        }
        // Boolean, Boolean
        case expressiondata_Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb == rb;
        }
        // Object, Object
        case expressiondata_Kind.Dictionary:
        case expressiondata_Kind.Array:
            // Check reference equality
            return lv === rv;
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_greaterThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case data.Kind.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf > rf;
        }
        // String, String
        case data.Kind.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls > rs;
        }
        // Boolean, Boolean
        case data.Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb && !rb;
        }
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_lessThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case data.Kind.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf < rf;
        }
        // String, String
        case data.Kind.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls < rs;
        }
        // Boolean, Boolean
        case data.Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return !lb && rb;
        }
    }
    return false;
}
// Do not toUpper the small-dotless-\u0131
function toUpperSpecial(s) {
    const sb = [];
    let i = 0;
    const len = s.length;
    let found = s.indexOf("\u0131");
    while (i < len) {
        if (i < found) {
            sb.push(s.substring(i, found).toUpperCase()); // Append upper segment
            i = found;
        }
        else if (i == found) {
            sb.push(s.substring(i, i + 1));
            i += 1;
            found = s.indexOf("\u0131", i);
        }
        else {
            sb.push(s.substring(i).toUpperCase()); // Append upper remaining
            break;
        }
    }
    return sb.join("");
}
//# sourceMappingURL=result.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/contains.js


const contains = {
    name: "contains",
    description: "`contains( search, item )`\n\nReturns `true` if `search` contains `item`. If `search` is an array, this function returns `true` if the `item` is an element in the array. If `search` is a string, this function returns `true` if the `item` is a substring of `search`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        const right = args[1];
        if (left.primitive) {
            const ls = left.coerceString();
            if (right.primitive) {
                const rs = right.coerceString();
                return new BooleanData(ls.toLowerCase().includes(rs.toLowerCase()));
            }
        }
        else if (left.kind === expressiondata_Kind.Array) {
            const la = left;
            if (la.values().length === 0) {
                return new BooleanData(false);
            }
            for (const v of la.values()) {
                if (result_equals(right, v)) {
                    return new BooleanData(true);
                }
            }
        }
        return new BooleanData(false);
    }
};
//# sourceMappingURL=contains.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/endswith.js


const endswith = {
    name: "endsWith",
    description: "`endsWith( searchString, searchValue )`\n\nReturns `true` if `searchString` ends with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new BooleanData(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new BooleanData(false);
        }
        const ls = toUpperSpecial(left.coerceString());
        const rs = toUpperSpecial(right.coerceString());
        return new BooleanData(ls.endsWith(rs));
    }
};
//# sourceMappingURL=endswith.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/format.js

const format = {
    name: "format",
    description: "`format( string, replaceValue0, replaceValue1, ..., replaceValueN)`\n\nReplaces values in the `string`, with the variable `replaceValueN`. Variables in the `string` are specified using the `{N}` syntax, where `N` is an integer. You must specify at least one `replaceValue` and `string`. There is no maximum for the number of variables (`replaceValueN`) you can use. Escape curly braces using double braces.",
    minArgs: 1,
    maxArgs: 255 /*MAX_ARGUMENTS*/,
    call: (...args) => {
        const fs = args[0].coerceString();
        const result = [];
        let index = 0;
        while (index < fs.length) {
            const lbrace = fs.indexOf("{", index);
            const rbrace = fs.indexOf("}", index);
            // Left brace
            if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
                // Escaped left brace
                if (safeCharAt(fs, lbrace + 1) === "{") {
                    result.push(fs.substr(index, lbrace - index + 1));
                    index = lbrace + 2;
                    continue;
                }
                // Left brace, number, optional format specifiers, right brace
                if (rbrace > lbrace + 1) {
                    const argIndex = readArgIndex(fs, lbrace + 1);
                    if (argIndex.success) {
                        // Check parameter count
                        if (1 + argIndex.result > args.length - 1) {
                            throw new Error(`The following format string references more arguments than were supplied: ${fs}`);
                        }
                        // Append the portion before the left brace
                        if (lbrace > index) {
                            result.push(fs.substr(index, lbrace - index));
                        }
                        // Append the arg
                        result.push(`${args[1 + argIndex.result].coerceString()}`);
                        index = rbrace + 1;
                        continue;
                    }
                }
                throw new Error(`The following format string is invalid: ${fs}`);
            }
            // Right brace
            else if (rbrace >= 0) {
                // Escaped right brace
                if (safeCharAt(fs, rbrace + 1) === "}") {
                    result.push(fs.substr(index, rbrace - index + 1));
                    index = rbrace + 2;
                }
                else {
                    throw new Error(`The following format string is invalid: ${fs}`);
                }
            }
            // Last segment
            else {
                result.push(fs.substr(index));
                break;
            }
        }
        return new StringData(result.join(""));
    }
};
function safeCharAt(string, index) {
    if (string.length > index) {
        return string[index];
    }
    return "\0";
}
function readArgIndex(string, startIndex) {
    // Count the number of digits
    let length = 0;
    for (;;) {
        const nextChar = safeCharAt(string, startIndex + length);
        if (nextChar >= "0" && nextChar <= "9") {
            length++;
        }
        else {
            break;
        }
    }
    // Validate at least one digit
    if (length < 1) {
        return {
            success: false
        };
    }
    // Parse the number
    const endIndex = startIndex + length - 1;
    const result = parseInt(string.substr(startIndex, length));
    return {
        success: !isNaN(result),
        result: result,
        endIndex: endIndex
    };
}
//# sourceMappingURL=format.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/fromjson.js


const fromjson = {
    name: "fromJson",
    description: "`fromJSON(value)`\n\nReturns a JSON object or JSON data type for `value`. You can use this function to provide a JSON object as an evaluated expression or to convert environment variables from a string.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        const input = args[0];
        const is = input.coerceString();
        if (is.trim() === "") {
            throw new Error("empty input");
        }
        try {
            return JSON.parse(is, reviver);
        }
        catch (e) {
            throw new ExpressionEvaluationError("Error parsing JSON when evaluating fromJson", { cause: e });
        }
    }
};
//# sourceMappingURL=fromjson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/join.js

const join = {
    name: "join",
    description: "`join( array, optionalSeparator )`\n\nThe value for `array` can be an array or a string. All values in `array` are concatenated into a string. If you provide `optionalSeparator`, it is inserted between the concatenated values. Otherwise, the default separator `,` is used. Casts values to a string.",
    minArgs: 1,
    maxArgs: 2,
    call: (...args) => {
        // Primitive
        if (args[0].primitive) {
            return new StringData(args[0].coerceString());
        }
        // Array
        if (args[0].kind === expressiondata_Kind.Array) {
            // Separator
            let separator = ",";
            if (args.length > 1 && args[1].primitive) {
                separator = args[1].coerceString();
            }
            // Convert items to strings
            return new StringData(args[0]
                .values()
                .map(item => item.coerceString())
                .join(separator));
        }
        return new StringData("");
    }
};
//# sourceMappingURL=join.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/startswith.js


const startswith = {
    name: "startsWith",
    description: "`startsWith( searchString, searchValue )`\n\nReturns `true` when `searchString` starts with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new BooleanData(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new BooleanData(false);
        }
        const ls = toUpperSpecial(left.coerceString());
        const rs = toUpperSpecial(right.coerceString());
        return new BooleanData(ls.startsWith(rs));
    }
};
//# sourceMappingURL=startswith.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/tojson.js


const tojson = {
    name: "toJson",
    description: "`toJSON(value)`\n\nReturns a pretty-print JSON representation of `value`. You can use this function to debug the information provided in contexts.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        return new StringData(JSON.stringify(args[0], replacer, "  "));
    }
};
//# sourceMappingURL=tojson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs.js









const funcs_wellKnownFunctions = {
    case: caseFunc,
    contains: contains,
    endswith: endswith,
    format: format,
    fromjson: fromjson,
    join: join,
    startswith: startswith,
    tojson: tojson
};
// validateFunction returns the function definition for the given function name.
// If the function does not exist or an incorrect number of arguments is provided,
// an error is returned.
function validateFunction(context, identifier, argCount) {
    // Expression function names are case-insensitive.
    const name = identifier.lexeme.toLowerCase();
    let f;
    f = funcs_wellKnownFunctions[name];
    if (!f) {
        f = context.extensionFunctions.get(name);
        if (!f) {
            if (!context.allowUnknownKeywords) {
                throw new ExpressionError(ErrorType.ErrorUnrecognizedFunction, identifier);
            }
            // Skip argument validation for unknown functions
            return;
        }
    }
    if (argCount < f.minArgs) {
        throw new ExpressionError(ErrorType.ErrorTooFewParameters, identifier);
    }
    if (argCount > f.maxArgs) {
        throw new ExpressionError(ErrorType.ErrorTooManyParameters, identifier);
    }
    // case function requires an odd number of arguments
    if (name === "case" && argCount % 2 === 0) {
        throw new ExpressionError(ErrorType.ErrorEvenParameters, identifier);
    }
}
//# sourceMappingURL=funcs.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/evaluator.js







class evaluator_Evaluator {
    /**
     * Creates a new evaluator
     * @param n Parsed expression to evaluate
     * @param context Context data to use
     * @param functions Optional map of function implementations. If given, these will be preferred over the built-in functions.
     */
    constructor(n, context, functions) {
        this.n = n;
        this.context = context;
        this.functions = functions;
    }
    evaluate() {
        return this.eval(this.n);
    }
    eval(n) {
        return n.accept(this);
    }
    visitLiteral(literal) {
        return literal.literal;
    }
    visitUnary(unary) {
        const r = this.eval(unary.expr);
        if (unary.operator.type === TokenType.BANG) {
            return new data.BooleanData(falsy(r));
        }
        throw new Error(`unknown unary operator: ${unary.operator.lexeme}`);
    }
    visitBinary(binary) {
        const left = this.eval(binary.left);
        const right = this.eval(binary.right);
        switch (binary.operator.type) {
            case TokenType.EQUAL_EQUAL:
                return new data.BooleanData(equals(left, right));
            case TokenType.BANG_EQUAL:
                return new data.BooleanData(!equals(left, right));
            case TokenType.GREATER:
                return new data.BooleanData(greaterThan(left, right));
            case TokenType.GREATER_EQUAL:
                return new data.BooleanData(equals(left, right) || greaterThan(left, right));
            case TokenType.LESS:
                return new data.BooleanData(lessThan(left, right));
            case TokenType.LESS_EQUAL:
                return new data.BooleanData(equals(left, right) || lessThan(left, right));
        }
        throw new Error(`unknown binary operator: ${binary.operator.lexeme}`);
    }
    visitLogical(logical) {
        let result;
        for (const arg of logical.args) {
            result = this.eval(arg);
            // Break?
            if ((logical.operator.type === TokenType.AND && falsy(result)) ||
                (logical.operator.type === TokenType.OR && truthy(result))) {
                break;
            }
        }
        // result is always assigned before we return here
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        return result;
    }
    visitGrouping(grouping) {
        return this.eval(grouping.group);
    }
    visitContextAccess(contextAccess) {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        const r = this.context.get(contextAccess.name.lexeme);
        return r;
    }
    visitIndexAccess(ia) {
        let idx;
        if (ia.index instanceof Star) {
            idx = new idxHelper(true, undefined);
        }
        else {
            let idxResult;
            try {
                idxResult = this.eval(ia.index);
            }
            catch (e) {
                throw new Error(`could not evaluate index for index access: ${e.message}`, { cause: e });
            }
            idx = new idxHelper(false, idxResult);
        }
        const objResult = this.eval(ia.expr);
        let result;
        switch (objResult.kind) {
            case data.Kind.Array: {
                const tobjResult = objResult;
                if (tobjResult instanceof FilteredArray) {
                    result = filteredArrayAccess(tobjResult, idx);
                }
                else {
                    result = arrayAccess(tobjResult, idx);
                }
                break;
            }
            case data.Kind.Dictionary: {
                const tobjResult = objResult;
                result = objectAccess(tobjResult, idx);
                break;
            }
            default:
                if (idx.star) {
                    result = new FilteredArray();
                }
                else {
                    result = new data.Null();
                }
        }
        return result;
    }
    visitFunctionCall(functionCall) {
        // Evaluate arguments
        const args = functionCall.args.map(arg => this.eval(arg));
        // Get function definitions
        const functionName = functionCall.functionName.lexeme.toLowerCase();
        const f = this.functions?.get(functionName) || wellKnownFunctions[functionName];
        return f.call(...args);
    }
}
function filteredArrayAccess(fa, idx) {
    const result = new FilteredArray();
    for (const item of fa.values()) {
        // Check the type of the nested item
        switch (item.kind) {
            case data.Kind.Dictionary: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.str !== undefined) {
                    const v = ti.get(idx.str);
                    if (v !== undefined) {
                        result.add(v);
                    }
                }
                break;
            }
            case data.Kind.Array: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.int !== undefined && idx.int < ti.values().length) {
                    result.add(ti.get(idx.int));
                }
                break;
            }
        }
    }
    return result;
}
function arrayAccess(a, idx) {
    if (idx.star) {
        const fa = new FilteredArray();
        for (const item of a.values()) {
            fa.add(item);
        }
        return fa;
    }
    if (idx.int !== undefined && idx.int < a.values().length) {
        return a.get(idx.int);
    }
    return new data.Null();
}
function objectAccess(obj, idx) {
    if (idx.star) {
        const fa = new FilteredArray(...obj.values());
        return fa;
    }
    if (idx.str !== undefined) {
        const r = obj.get(idx.str);
        if (r !== undefined) {
            return r;
        }
    }
    return new data.Null();
}
//# sourceMappingURL=evaluator.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/parser.js





class parser_Parser {
    /**
     * Constructs a new parser for the given tokens
     *
     * @param tokens Tokens to build a parse tree from
     * @param extensionContexts Available context names
     * @param extensionFunctions Available functions (beyond the built-in ones)
     */
    constructor(tokens, extensionContexts, extensionFunctions) {
        this.tokens = tokens;
        this.offset = 0;
        this.depth = 0;
        this.extContexts = new Map();
        this.extFuncs = new Map();
        for (const contextName of extensionContexts) {
            this.extContexts.set(contextName.toLowerCase(), true);
        }
        for (const { name, func } of extensionFunctions.map(x => ({
            name: x.name,
            func: x
        }))) {
            this.extFuncs.set(name.toLowerCase(), func);
        }
        this.context = {
            allowUnknownKeywords: false,
            extensionContexts: this.extContexts,
            extensionFunctions: this.extFuncs
        };
    }
    parse() {
        // eslint-disable-next-line prefer-const
        let result;
        // No tokens
        if (this.atEnd()) {
            return result;
        }
        result = this.expression();
        if (!this.atEnd()) {
            throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
        }
        return result;
    }
    expression() {
        this.incrDepth();
        try {
            return this.logicalOr();
        }
        finally {
            this.decrDepth();
        }
    }
    logicalOr() {
        // && is higher precedence than ||
        let expr = this.logicalAnd();
        if (this.check(lexer_TokenType.OR)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new ast/* Logical */.oD(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer_TokenType.OR)) {
                    const right = this.logicalAnd();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    logicalAnd() {
        // == and != are higher precedence than &&
        let expr = this.equality();
        if (this.check(lexer_TokenType.AND)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new ast/* Logical */.oD(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer_TokenType.AND)) {
                    const right = this.equality();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    equality() {
        // >, >=, <, <= are higher precedence than == and !=
        let expr = this.comparison();
        while (this.match(lexer_TokenType.BANG_EQUAL, lexer_TokenType.EQUAL_EQUAL)) {
            const operator = this.previous();
            const right = this.comparison();
            expr = new ast/* Binary */.yI(expr, operator, right);
        }
        return expr;
    }
    comparison() {
        // ! is higher precedence than >, >=, <, <=
        let expr = this.unary();
        while (this.match(lexer_TokenType.GREATER, lexer_TokenType.GREATER_EQUAL, lexer_TokenType.LESS, lexer_TokenType.LESS_EQUAL)) {
            const operator = this.previous();
            const right = this.unary();
            expr = new ast/* Binary */.yI(expr, operator, right);
        }
        return expr;
    }
    unary() {
        if (this.match(lexer_TokenType.BANG)) {
            // Track depth
            this.incrDepth();
            const operator = this.previous();
            const unary = this.unary();
            try {
                return new ast/* Unary */._c(operator, unary);
            }
            finally {
                this.decrDepth();
            }
        }
        return this.index();
    }
    index() {
        let expr = this.call();
        let depthIncreased = 0;
        if (expr instanceof ast/* Grouping */.aU || expr instanceof ast/* FunctionCall */.R6 || expr instanceof ast/* ContextAccess */.QC) {
            let cont = true;
            while (cont) {
                switch (true) {
                    case this.match(lexer_TokenType.LEFT_BRACKET): {
                        let indexExpr;
                        if (this.match(lexer_TokenType.STAR)) {
                            indexExpr = new ast/* Star */.FE();
                        }
                        else {
                            indexExpr = this.expression();
                        }
                        this.consume(lexer_TokenType.RIGHT_BRACKET, ErrorType.ErrorUnexpectedSymbol);
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        expr = new ast/* IndexAccess */.p_(expr, indexExpr);
                        break;
                    }
                    case this.match(lexer_TokenType.DOT):
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        if (this.match(lexer_TokenType.IDENTIFIER)) {
                            const property = this.previous();
                            expr = new ast/* IndexAccess */.p_(expr, new ast/* Literal */.uS(new StringData(property.lexeme), property));
                        }
                        else if (this.match(lexer_TokenType.STAR)) {
                            expr = new ast/* IndexAccess */.p_(expr, new ast/* Star */.FE());
                        }
                        else {
                            throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
                        }
                        break;
                    default:
                        cont = false;
                }
            }
        }
        for (let i = 0; i < depthIncreased; i++) {
            this.decrDepth();
        }
        return expr;
    }
    call() {
        if (!this.check(lexer_TokenType.IDENTIFIER)) {
            return this.primary();
        }
        const identifier = this.next();
        if (!this.match(lexer_TokenType.LEFT_PAREN)) {
            if (!this.extContexts.has(identifier.lexeme.toLowerCase())) {
                throw this.buildError(ErrorType.ErrorUnrecognizedContext, identifier);
            }
            return new ast/* ContextAccess */.QC(identifier);
        }
        // Function call
        const args = [];
        // Arguments
        while (!this.match(lexer_TokenType.RIGHT_PAREN)) {
            const aexp = this.expression();
            args.push(aexp);
            if (!this.check(lexer_TokenType.RIGHT_PAREN)) {
                this.consume(lexer_TokenType.COMMA, ErrorType.ErrorUnexpectedSymbol);
            }
        }
        validateFunction(this.context, identifier, args.length);
        return new ast/* FunctionCall */.R6(identifier, args);
    }
    primary() {
        switch (true) {
            case this.match(lexer_TokenType.FALSE):
                return new ast/* Literal */.uS(new BooleanData(false), this.previous());
            case this.match(lexer_TokenType.TRUE):
                return new ast/* Literal */.uS(new BooleanData(true), this.previous());
            case this.match(lexer_TokenType.NULL):
                return new ast/* Literal */.uS(new Null(), this.previous());
            case this.match(lexer_TokenType.NUMBER):
                return new ast/* Literal */.uS(new NumberData(this.previous().value), this.previous());
            case this.match(lexer_TokenType.STRING):
                return new ast/* Literal */.uS(new StringData(this.previous().value), this.previous());
            case this.match(lexer_TokenType.LEFT_PAREN): {
                const expr = this.expression();
                if (this.atEnd()) {
                    throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
                }
                this.consume(lexer_TokenType.RIGHT_PAREN, ErrorType.ErrorUnexpectedSymbol);
                return new ast/* Grouping */.aU(expr);
            }
            case this.atEnd():
                throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
        }
        throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
    }
    // match consumes the next token if it matches any of the given types
    match(...tokenTypes) {
        for (const tokenType of tokenTypes) {
            if (this.check(tokenType)) {
                this.next();
                return true;
            }
        }
        return false;
    }
    // check peeks whether the next token is of the given type
    check(tokenType) {
        if (this.atEnd()) {
            return false;
        }
        return this.peek().type == tokenType;
    }
    // atEnd peeks whether the next token is EOF
    atEnd() {
        return this.peek().type == lexer_TokenType.EOF;
    }
    next() {
        if (!this.atEnd()) {
            this.offset++;
        }
        return this.previous();
    }
    peek() {
        return this.tokens[this.offset];
    }
    // previous returns the previous token
    previous() {
        return this.tokens[this.offset - 1];
    }
    // consume attempts to consume the next token if it matches the given type. It returns an error of
    // the given ParseErrorKind otherwise.
    consume(tokenType, errorType) {
        if (this.check(tokenType)) {
            this.next();
            return;
        }
        throw this.buildError(errorType, this.peek());
    }
    incrDepth() {
        this.depth++;
        if (this.depth > MAX_PARSER_DEPTH) {
            throw this.buildError(ErrorType.ErrorExceededMaxDepth, this.peek());
        }
    }
    decrDepth() {
        this.depth--;
    }
    buildError(errType, token) {
        return new ExpressionError(errType, token);
    }
}
//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion.js






/**
 * Complete returns a list of completion items for the given expression.
 * The main functionality is auto-completing functions and context access:
 * We can only provide assistance if the input is in one of the following forms (with | denoting the cursor position):
 * - context.path.inp| or context.path['inp| -- auto-complete context access
 * - context.path.| or context.path['| -- auto-complete context access
 * - toJS| -- auto-complete function call or top-level
 * - | -- auto-complete function call or top-level context access
 *
 * @param input Input expression
 * @param context Context available for the expression
 * @param extensionFunctions List of functions available
 * @param functions Optional map of functions to use during evaluation
 * @param featureFlags Optional feature flags to control which features are enabled
 * @returns Array of completion items
 */
function complete(input, context, extensionFunctions, functions, featureFlags) {
    // Lex
    const lexer = new Lexer(input);
    const lexResult = lexer.lex();
    // Find interesting part of the tokenVector. For example, for an expression like `github.actor == env.actor.log|`, we are
    // only interested in the `env.actor.log` part for auto-completion
    const tokenInputVector = trimTokenVector(lexResult.tokens);
    // Start by skipping the EOF token
    let tokenIdx = tokenInputVector.length - 2;
    if (tokenIdx >= 0) {
        switch (tokenInputVector[tokenIdx].type) {
            // If there is a (partial) identifier under the cursor, ignore that
            case TokenType.IDENTIFIER:
                tokenIdx--;
                break;
            case TokenType.STRING:
                // TODO: Support string for `context.name['test|`
                return [];
        }
    }
    if (tokenIdx < 0) {
        // Vector only contains the EOF token. Suggest functions and root context access
        const result = contextKeys(context);
        // Merge with functions
        result.push(...functionItems(extensionFunctions, featureFlags));
        return result;
    }
    // Determine path that led to the last token
    // Use parser & evaluator to determine context to complete.
    const pathTokenVector = tokenInputVector.slice(0, tokenIdx);
    // Include the original EOF token to make the parser happy
    pathTokenVector.push(tokenInputVector[tokenInputVector.length - 1]);
    const p = new Parser(pathTokenVector, context.pairs().map(x => x.key), extensionFunctions);
    const expr = p.parse();
    const ev = new Evaluator(expr, context, functions);
    const result = ev.evaluate();
    return contextKeys(result);
}
function functionItems(extensionFunctions, featureFlags) {
    const result = [];
    const flags = featureFlags ?? new FeatureFlags();
    for (const fdef of [...Object.values(wellKnownFunctions), ...extensionFunctions]) {
        // Filter out case function if feature is disabled
        if (fdef.name === "case" && !flags.isEnabled("allowCaseFunction")) {
            continue;
        }
        result.push({
            label: fdef.name,
            description: fdef.description,
            function: true
        });
    }
    // Sort functions
    result.sort((a, b) => a.label.localeCompare(b.label));
    return result;
}
function contextKeys(context) {
    if (isDictionary(context)) {
        return (context
            .pairs()
            .map(x => completionItemFromContext(x))
            // Sort contexts
            .sort((a, b) => a.label.localeCompare(b.label)));
    }
    return [];
}
function completionItemFromContext(pair) {
    const context = pair.key.toString();
    const parenIndex = context.indexOf("(");
    const isFunc = parenIndex >= 0 && context.indexOf(")") >= 0;
    return {
        label: isFunc ? context.substring(0, parenIndex) : context,
        description: pair.description,
        function: isFunc
    };
}
function trimTokenVector(tokenVector) {
    let tokenIdx = tokenVector.length;
    let openParen = 0;
    while (tokenIdx > 0) {
        const token = tokenVector[tokenIdx - 1];
        switch (token.type) {
            case TokenType.LEFT_PAREN:
                if (openParen == 0) {
                    // Encountered an open parenthesis without a closing first, stop here
                    break;
                }
                openParen--;
                tokenIdx--;
                continue;
            case TokenType.RIGHT_PAREN:
                openParen++;
                tokenIdx--;
                continue;
            case TokenType.IDENTIFIER:
            case TokenType.DOT:
            case TokenType.EOF:
            case TokenType.LEFT_BRACKET:
            case TokenType.RIGHT_BRACKET:
            case TokenType.STRING:
                tokenIdx--;
                continue;
        }
        break;
    }
    // Only keep the part of the token vector we're interested in
    return tokenVector.slice(tokenIdx);
}
//# sourceMappingURL=completion.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion/descriptionDictionary.js


function isDescriptionDictionary(x) {
    return x.kind === Kind.Dictionary && x instanceof DescriptionDictionary;
}
class DescriptionDictionary extends Dictionary {
    constructor(...pairs) {
        super();
        this.descriptions = new Map();
        this.complete = true;
        for (const p of pairs) {
            this.add(p.key, p.value, p.description);
        }
    }
    add(key, value, description) {
        if (this.get(key) !== undefined) {
            // Key already added, ignore
            return;
        }
        super.add(key, value);
        if (description) {
            this.descriptions.set(key, description);
        }
    }
    pairs() {
        const pairs = super.pairs();
        return pairs.map(p => ({ ...p, description: this.descriptions.get(p.key) }));
    }
    getDescription(key) {
        return this.descriptions.get(key);
    }
}
//# sourceMappingURL=descriptionDictionary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/index.js










//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(293);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
