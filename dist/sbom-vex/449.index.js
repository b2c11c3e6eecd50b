export const id = 449;
export const ids = [449];
export const modules = {

/***/ 2449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
const validate = validate21;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate21);
const schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://spdx.org/rdf/terms", "title": "SPDX 2.2", "type": "object", "properties": { "SPDXID": { "type": "string", "description": "Uniquely identify any element in an SPDX document which may be referenced by other elements." }, "annotations": { "description": "Provide additional information about an SpdxElement.", "type": "array", "items": { "type": "object", "properties": { "annotationDate": { "description": "Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.", "type": "string" }, "annotationType": { "description": "Type of the annotation.", "type": "string", "enum": ["OTHER", "REVIEW"] }, "annotator": { "description": "This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.", "type": "string" }, "comment": { "type": "string" } }, "required": ["annotationDate", "annotationType", "annotator", "comment"], "additionalProperties": false, "description": "An Annotation is a comment on an SpdxItem by an agent." } }, "comment": { "type": "string" }, "creationInfo": { "type": "object", "properties": { "comment": { "type": "string" }, "created": { "description": "Identify when the SPDX file was originally created. The date is to be specified according to combined date and time in UTC format as specified in ISO 8601 standard. This field is distinct from the fields in section 8, which involves the addition of information during a subsequent review.", "type": "string" }, "creators": { "description": "Identify who (or what, in the case of a tool) created the SPDX file. If the SPDX file was created by an individual, indicate the person's name. If the SPDX file was created on behalf of a company or organization, indicate the entity name. If the SPDX file was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as \u201canonymous\u201d if appropriate.", "minItems": 1, "type": "array", "items": { "description": "Identify who (or what, in the case of a tool) created the SPDX file. If the SPDX file was created by an individual, indicate the person's name. If the SPDX file was created on behalf of a company or organization, indicate the entity name. If the SPDX file was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as \u201canonymous\u201d if appropriate.", "type": "string" } }, "licenseListVersion": { "description": "An optional field for creators of the SPDX file to provide the version of the SPDX License List used when the SPDX file was created.", "type": "string" } }, "required": ["created", "creators"], "additionalProperties": false, "description": "One instance is required for each SPDX file produced. It provides the necessary information for forward and backward compatibility for processing tools." }, "dataLicense": { "description": "License expression for dataLicense.  Compliance with the SPDX specification includes populating the SPDX fields therein with data related to such fields (\"SPDX-Metadata\"). The SPDX specification contains numerous fields where an SPDX document creator may provide relevant explanatory text in SPDX-Metadata. Without opining on the lawfulness of \"database rights\" (in jurisdictions where applicable), such explanatory text is copyrightable subject matter in most Berne Convention countries. By using the SPDX specification, or any portion hereof, you hereby agree that any copyright rights (as determined by your jurisdiction) in any SPDX-Metadata, including without limitation explanatory text, shall be subject to the terms of the Creative Commons CC0 1.0 Universal license. For SPDX-Metadata not containing any copyright rights, you hereby agree and acknowledge that the SPDX-Metadata is provided to you \"as-is\" and without any representations or warranties of any kind concerning the SPDX-Metadata, express, implied, statutory or otherwise, including without limitation warranties of title, merchantability, fitness for a particular purpose, non-infringement, or the absence of latent or other defects, accuracy, or the presence or absence of errors, whether or not discoverable, all to the greatest extent permissible under applicable law.", "type": "string" }, "externalDocumentRefs": { "description": "Identify any external SPDX documents referenced within this SPDX document.", "type": "array", "items": { "type": "object", "properties": { "checksum": { "type": "object", "properties": { "algorithm": { "description": "Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.", "type": "string", "enum": ["SHA256", "SHA1", "SHA384", "MD2", "MD4", "SHA512", "MD6", "MD5", "SHA224"] }, "checksumValue": { "description": "The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.", "type": "string" } }, "required": ["algorithm", "checksumValue"], "additionalProperties": false, "description": "A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented." }, "externalDocumentId": { "description": "externalDocumentId is a string containing letters, numbers, ., - and/or + which uniquely identifies an external document within this document.", "type": "string" }, "spdxDocument": { "description": "SPDX ID for SpdxDocument.  A property containing an SPDX document.", "type": "string" } }, "required": ["checksum", "externalDocumentId", "spdxDocument"], "additionalProperties": false, "description": "Information about an external SPDX document reference including the checksum. This allows for verification of the external references." } }, "hasExtractedLicensingInfos": { "description": "Indicates that a particular ExtractedLicensingInfo was defined in the subject SpdxDocument.", "type": "array", "items": { "type": "object", "properties": { "comment": { "type": "string" }, "crossRefs": { "description": "Cross Reference Detail for a license SeeAlso URL", "type": "array", "items": { "type": "object", "properties": { "isLive": { "description": "Indicate a URL is still a live accessible location on the public internet", "type": "boolean" }, "isValid": { "description": "True if the URL is a valid well formed URL", "type": "boolean" }, "isWayBackLink": { "description": "True if the License SeeAlso URL points to a Wayback archive", "type": "boolean" }, "match": { "description": "Status of a License List SeeAlso URL reference if it refers to a website that matches the license text.", "type": "string" }, "order": { "description": "The ordinal order of this element within a list", "type": "integer" }, "timestamp": { "description": "Timestamp", "type": "string" }, "url": { "description": "URL Reference", "type": "string" } }, "required": ["url"], "additionalProperties": false, "description": "Cross reference details for the a URL reference" } }, "extractedText": { "description": "Verbatim license or licensing notice text that was discovered.", "type": "string" }, "licenseId": { "description": "A human readable short form license identifier for a license. The license ID is either on the standard license list or the form \"LicenseRef-\"[idString] where [idString] is a unique string containing letters, numbers, \".\", \"-\" or \"+\".", "type": "string" }, "name": { "description": "Identify name of this SpdxElement.", "type": "string" }, "seeAlsos": { "type": "array", "items": { "type": "string" } } }, "required": ["extractedText", "licenseId"], "additionalProperties": false, "description": "An ExtractedLicensingInfo represents a license or licensing notice that was found in a package, file or snippet. Any license text that is recognized as a license may be represented as a License rather than an ExtractedLicensingInfo." } }, "name": { "description": "Identify name of this SpdxElement.", "type": "string" }, "revieweds": { "description": "Reviewed", "type": "array", "items": { "type": "object", "properties": { "comment": { "type": "string" }, "reviewDate": { "description": "The date and time at which the SpdxDocument was reviewed. This value must be in UTC and have 'Z' as its timezone indicator.", "type": "string" }, "reviewer": { "description": "The name and, optionally, contact information of the person who performed the review. Values of this property must conform to the agent and tool syntax.", "type": "string" } }, "required": ["reviewDate"], "additionalProperties": false } }, "spdxVersion": { "description": "Provide a reference number that can be used to understand how to parse and interpret the rest of the file. It will enable both future changes to the specification and to support backward compatibility. The version number consists of a major and minor version indicator. The major field will be incremented when incompatible changes between versions are made (one or more sections are created, modified or deleted). The minor field will be incremented when backwards compatible changes are made.", "type": "string" }, "documentNamespace": { "type": "string", "description": "The URI provides an unambiguous mechanism for other SPDX documents to reference SPDX elements within this SPDX document." }, "documentDescribes": { "description": "Packages, files and/or Snippets described by this SPDX document", "type": "array", "items": { "type": "string", "description": "SPDX ID for each Package, File, or Snippet." } }, "packages": { "description": "Packages referenced in the SPDX document", "type": "array", "items": { "type": "object", "properties": { "SPDXID": { "type": "string", "description": "Uniquely identify any element in an SPDX document which may be referenced by other elements." }, "annotations": { "description": "Provide additional information about an SpdxElement.", "type": "array", "items": { "type": "object", "properties": { "annotationDate": { "description": "Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.", "type": "string" }, "annotationType": { "description": "Type of the annotation.", "type": "string", "enum": ["OTHER", "REVIEW"] }, "annotator": { "description": "This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.", "type": "string" }, "comment": { "type": "string" } }, "required": ["annotationDate", "annotationType", "annotator", "comment"], "additionalProperties": false, "description": "An Annotation is a comment on an SpdxItem by an agent." } }, "attributionTexts": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "array", "items": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "string" } }, "checksums": { "description": "The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.", "type": "array", "items": { "type": "object", "properties": { "algorithm": { "description": "Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.", "type": "string", "enum": ["SHA256", "SHA1", "SHA384", "MD2", "MD4", "SHA512", "MD6", "MD5", "SHA224"] }, "checksumValue": { "description": "The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.", "type": "string" } }, "required": ["algorithm", "checksumValue"], "additionalProperties": false, "description": "A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented." } }, "comment": { "type": "string" }, "copyrightText": { "description": "The text of copyright declarations recited in the Package or File.", "type": "string" }, "description": { "description": "Provides a detailed description of the package.", "type": "string" }, "downloadLocation": { "description": "The URI at which this package is available for download. Private (i.e., not publicly reachable) URIs are acceptable as values of this property. The values http://spdx.org/rdf/terms#none and http://spdx.org/rdf/terms#noassertion may be used to specify that the package is not downloadable or that no attempt was made to determine its download location, respectively.", "type": "string" }, "externalRefs": { "description": "An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package.", "type": "array", "items": { "type": "object", "properties": { "comment": { "type": "string" }, "referenceCategory": { "description": "Category for the external reference", "type": "string", "enum": ["OTHER", "PERSISTENT-ID", "PERSISTENT_ID", "SECURITY", "PACKAGE-MANAGER", "PACKAGE_MANAGER"] }, "referenceLocator": { "description": "The unique string with no spaces necessary to access the package-specific information, metadata, or content within the target location. The format of the locator is subject to constraints defined by the <type>.", "type": "string" }, "referenceType": { "description": "Type of the external reference. These are definined in an appendix in the SPDX specification.", "type": "string" } }, "required": ["referenceCategory", "referenceLocator", "referenceType"], "additionalProperties": false, "description": "An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package." } }, "filesAnalyzed": { "description": "Indicates whether the file content of this package has been available for or subjected to analysis when creating the SPDX document. If false indicates packages that represent metadata or URI references to a project, product, artifact, distribution or a component. If set to false, the package must not contain any files.", "type": "boolean" }, "hasFiles": { "description": "Indicates that a particular file belongs to a package.", "type": "array", "items": { "description": "SPDX ID for File.  Indicates that a particular file belongs to a package.", "type": "string" } }, "homepage": { "type": "string" }, "licenseComments": { "description": "The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.", "type": "string" }, "licenseConcluded": { "description": "License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.", "type": "string" }, "licenseDeclared": { "description": "License expression for licenseDeclared.  The licensing that the creators of the software in the package, or the packager, have declared. Declarations by the original software creator should be preferred, if they exist.", "type": "string" }, "licenseInfoFromFiles": { "description": "The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.", "type": "array", "items": { "description": "License expression for licenseInfoFromFiles.  The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.", "type": "string" } }, "name": { "description": "Identify name of this SpdxElement.", "type": "string" }, "originator": { "description": "The name and, optionally, contact information of the person or organization that originally created the package. Values of this property must conform to the agent and tool syntax.", "type": "string" }, "packageFileName": { "description": "The base name of the package file name. For example, zlib-1.2.5.tar.gz.", "type": "string" }, "packageVerificationCode": { "type": "object", "properties": { "packageVerificationCodeExcludedFiles": { "description": "A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.", "type": "array", "items": { "description": "A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.", "type": "string" } }, "packageVerificationCodeValue": { "description": "The actual package verification code as a hex encoded value.", "type": "string" } }, "required": ["packageVerificationCodeValue"], "additionalProperties": false, "description": "A manifest based verification code (the algorithm is defined in section 4.7 of the full specification) of the SPDX Item. This allows consumers of this data and/or database to determine if an SPDX item they have in hand is identical to the SPDX item from which the data was produced. This algorithm works even if the SPDX document is included in the SPDX item." }, "sourceInfo": { "description": "Allows the producer(s) of the SPDX document to describe how the package was acquired and/or changed from the original source.", "type": "string" }, "summary": { "description": "Provides a short description of the package.", "type": "string" }, "supplier": { "description": "The name and, optionally, contact information of the person or organization who was the immediate supplier of this package to the recipient. The supplier may be different than originator when the software has been repackaged. Values of this property must conform to the agent and tool syntax.", "type": "string" }, "versionInfo": { "description": "Provides an indication of the version of the package that is described by this SpdxDocument.", "type": "string" } }, "required": ["SPDXID", "copyrightText", "downloadLocation", "licenseConcluded", "licenseDeclared", "name"], "additionalProperties": false } }, "files": { "description": "Files referenced in the SPDX document", "type": "array", "items": { "type": "object", "properties": { "SPDXID": { "type": "string", "description": "Uniquely identify any element in an SPDX document which may be referenced by other elements." }, "annotations": { "description": "Provide additional information about an SpdxElement.", "type": "array", "items": { "type": "object", "properties": { "annotationDate": { "description": "Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.", "type": "string" }, "annotationType": { "description": "Type of the annotation.", "type": "string", "enum": ["OTHER", "REVIEW"] }, "annotator": { "description": "This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.", "type": "string" }, "comment": { "type": "string" } }, "required": ["annotationDate", "annotationType", "annotator", "comment"], "additionalProperties": false, "description": "An Annotation is a comment on an SpdxItem by an agent." } }, "artifactOfs": { "description": "Indicates the project in which the SpdxElement originated. Tools must preserve doap:homepage and doap:name properties and the URI (if one is known) of doap:Project resources that are values of this property. All other properties of doap:Projects are not directly supported by SPDX and may be dropped when translating to or from some SPDX formats.", "type": "array", "items": { "type": "object" } }, "attributionTexts": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "array", "items": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "string" } }, "checksums": { "description": "The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.", "minItems": 1, "type": "array", "items": { "type": "object", "properties": { "algorithm": { "description": "Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.", "type": "string", "enum": ["SHA256", "SHA1", "SHA384", "MD2", "MD4", "SHA512", "MD6", "MD5", "SHA224"] }, "checksumValue": { "description": "The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.", "type": "string" } }, "required": ["algorithm", "checksumValue"], "additionalProperties": false, "description": "A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented." } }, "comment": { "type": "string" }, "copyrightText": { "description": "The text of copyright declarations recited in the Package or File.", "type": "string" }, "fileContributors": { "description": "This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.", "type": "array", "items": { "description": "This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.", "type": "string" } }, "fileDependencies": { "type": "array", "items": { "description": "SPDX ID for File", "type": "string" } }, "fileName": { "description": "The name of the file relative to the root of the package.", "type": "string" }, "fileTypes": { "description": "The type of the file.", "type": "array", "items": { "description": "The type of the file.", "type": "string", "enum": ["OTHER", "DOCUMENTATION", "IMAGE", "VIDEO", "ARCHIVE", "SPDX", "APPLICATION", "SOURCE", "BINARY", "TEXT", "AUDIO"] } }, "licenseComments": { "description": "The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.", "type": "string" }, "licenseConcluded": { "description": "License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.", "type": "string" }, "licenseInfoInFiles": { "description": "Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.", "minItems": 1, "type": "array", "items": { "description": "License expression for licenseInfoInFile.  Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.", "type": "string" } }, "noticeText": { "description": "This field provides a place for the SPDX file creator to record potential legal notices found in the file. This may or may not include copyright statements.", "type": "string" } }, "required": ["SPDXID", "checksums", "copyrightText", "fileName", "licenseConcluded", "licenseInfoInFiles"], "additionalProperties": false } }, "snippets": { "description": "Snippets referenced in the SPDX document", "type": "array", "items": { "type": "object", "properties": { "SPDXID": { "type": "string", "description": "Uniquely identify any element in an SPDX document which may be referenced by other elements." }, "annotations": { "description": "Provide additional information about an SpdxElement.", "type": "array", "items": { "type": "object", "properties": { "annotationDate": { "description": "Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.", "type": "string" }, "annotationType": { "description": "Type of the annotation.", "type": "string", "enum": ["OTHER", "REVIEW"] }, "annotator": { "description": "This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.", "type": "string" }, "comment": { "type": "string" } }, "required": ["annotationDate", "annotationType", "annotator", "comment"], "additionalProperties": false, "description": "An Annotation is a comment on an SpdxItem by an agent." } }, "attributionTexts": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "array", "items": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "string" } }, "comment": { "type": "string" }, "copyrightText": { "description": "The text of copyright declarations recited in the Package or File.", "type": "string" }, "licenseComments": { "description": "The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.", "type": "string" }, "licenseConcluded": { "description": "License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.", "type": "string" }, "licenseInfoInSnippets": { "description": "Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.", "type": "array", "items": { "description": "License expression for licenseInfoInSnippet.  Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.", "type": "string" } }, "name": { "description": "Identify name of this SpdxElement.", "type": "string" }, "ranges": { "description": "This field defines the byte range in the original host file (in X.2) that the snippet information applies to", "minItems": 1, "type": "array", "items": { "type": "object", "properties": { "endPointer": { "type": "object", "properties": { "reference": { "description": "SPDX ID for File", "type": "string" }, "offset": { "type": "integer", "description": "Byte offset in the file" }, "lineNumber": { "type": "integer", "description": "line number offset in the file" } }, "required": ["reference"], "additionalProperties": false }, "startPointer": { "type": "object", "properties": { "reference": { "description": "SPDX ID for File", "type": "string" }, "offset": { "type": "integer", "description": "Byte offset in the file" }, "lineNumber": { "type": "integer", "description": "line number offset in the file" } }, "required": ["reference"], "additionalProperties": false } }, "required": ["endPointer", "startPointer"], "additionalProperties": false } }, "snippetFromFile": { "description": "SPDX ID for File.  File containing the SPDX element (e.g. the file contaning a snippet).", "type": "string" } }, "required": ["SPDXID", "copyrightText", "licenseConcluded", "name", "ranges", "snippetFromFile"], "additionalProperties": false } }, "relationships": { "description": "Relationships referenced in the SPDX document", "type": "array", "items": { "type": "object", "properties": { "spdxElementId": { "type": "string", "description": "Id to which the SPDX element is related" }, "comment": { "type": "string" }, "relatedSpdxElement": { "description": "SPDX ID for SpdxElement.  A related SpdxElement.", "type": "string" }, "relationshipType": { "description": "Describes the type of relationship between two SPDX elements.", "type": "string", "enum": ["VARIANT_OF", "COPY_OF", "PATCH_FOR", "TEST_DEPENDENCY_OF", "CONTAINED_BY", "DATA_FILE_OF", "OPTIONAL_COMPONENT_OF", "ANCESTOR_OF", "GENERATES", "CONTAINS", "OPTIONAL_DEPENDENCY_OF", "FILE_ADDED", "DEV_DEPENDENCY_OF", "DEPENDENCY_OF", "BUILD_DEPENDENCY_OF", "DESCRIBES", "PREREQUISITE_FOR", "HAS_PREREQUISITE", "PROVIDED_DEPENDENCY_OF", "DYNAMIC_LINK", "DESCRIBED_BY", "METAFILE_OF", "DEPENDENCY_MANIFEST_OF", "PATCH_APPLIED", "RUNTIME_DEPENDENCY_OF", "TEST_OF", "TEST_TOOL_OF", "DEPENDS_ON", "FILE_MODIFIED", "DISTRIBUTION_ARTIFACT", "AMENDS", "DOCUMENTATION_OF", "GENERATED_FROM", "STATIC_LINK", "OTHER", "BUILD_TOOL_OF", "TEST_CASE_OF", "PACKAGE_OF", "DESCENDANT_OF", "FILE_DELETED", "EXPANDED_FROM_ARCHIVE", "DEV_TOOL_OF", "EXAMPLE_OF"] } }, "required": ["spdxElementId", "relatedSpdxElement", "relationshipType"], "additionalProperties": false } } }, "required": ["SPDXID", "creationInfo", "dataLicense", "name", "spdxVersion"], "additionalProperties": false };
const func2 = Object.prototype.hasOwnProperty;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="http://spdx.org/rdf/terms" */ ; let vErrors = null; let errors = 0; const _errs0 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.SPDXID === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "SPDXID" }, message: "must have required property '" + "SPDXID" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.creationInfo === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "creationInfo" }, message: "must have required property '" + "creationInfo" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.dataLicense === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataLicense" }, message: "must have required property '" + "dataLicense" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.spdxVersion === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spdxVersion" }, message: "must have required property '" + "spdxVersion" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
        if (!(func2.call(schema6.properties, key0))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.SPDXID !== undefined) {
        let data0 = data.SPDXID;
        const _errs2 = errors;
        if (typeof data0 !== "string") {
            const err6 = { instancePath: instancePath + "/SPDXID", schemaPath: "#/properties/SPDXID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        const _errs3 = errors;
        var valid0 = _errs2 === errors;
    }
    if (data.annotations !== undefined) {
        let data1 = data.annotations;
        const _errs4 = errors;
        const _errs5 = errors;
        if (Array.isArray(data1)) {
            let valid2 = true;
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                const _errs6 = errors;
                const _errs7 = errors;
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.annotationDate === undefined) {
                        const err7 = { instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotationDate" }, message: "must have required property '" + "annotationDate" + "'" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if (data2.annotationType === undefined) {
                        const err8 = { instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotationType" }, message: "must have required property '" + "annotationType" + "'" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    if (data2.annotator === undefined) {
                        const err9 = { instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotator" }, message: "must have required property '" + "annotator" + "'" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    if (data2.comment === undefined) {
                        const err10 = { instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property '" + "comment" + "'" };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    const _errs8 = errors;
                    for (const key1 in data2) {
                        if (!((((key1 === "annotationDate") || (key1 === "annotationType")) || (key1 === "annotator")) || (key1 === "comment"))) {
                            const err11 = { instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data2.annotationDate !== undefined) {
                        let data3 = data2.annotationDate;
                        const _errs9 = errors;
                        if (typeof data3 !== "string") {
                            const err12 = { instancePath: instancePath + "/annotations/" + i0 + "/annotationDate", schemaPath: "#/properties/annotations/items/properties/annotationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        const _errs10 = errors;
                        var valid3 = _errs9 === errors;
                    }
                    if (data2.annotationType !== undefined) {
                        let data4 = data2.annotationType;
                        const _errs11 = errors;
                        if (typeof data4 !== "string") {
                            const err13 = { instancePath: instancePath + "/annotations/" + i0 + "/annotationType", schemaPath: "#/properties/annotations/items/properties/annotationType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        const _errs12 = errors;
                        const vSchema0 = schema6.properties.annotations.items.properties.annotationType.enum;
                        if (!((data4 === "OTHER") || (data4 === "REVIEW"))) {
                            const err14 = { instancePath: instancePath + "/annotations/" + i0 + "/annotationType", schemaPath: "#/properties/annotations/items/properties/annotationType/enum", keyword: "enum", params: { allowedValues: schema6.properties.annotations.items.properties.annotationType.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        var valid3 = _errs11 === errors;
                    }
                    if (data2.annotator !== undefined) {
                        let data5 = data2.annotator;
                        const _errs13 = errors;
                        if (typeof data5 !== "string") {
                            const err15 = { instancePath: instancePath + "/annotations/" + i0 + "/annotator", schemaPath: "#/properties/annotations/items/properties/annotator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        const _errs14 = errors;
                        var valid3 = _errs13 === errors;
                    }
                    if (data2.comment !== undefined) {
                        let data6 = data2.comment;
                        const _errs15 = errors;
                        if (typeof data6 !== "string") {
                            const err16 = { instancePath: instancePath + "/annotations/" + i0 + "/comment", schemaPath: "#/properties/annotations/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                        const _errs16 = errors;
                        var valid3 = _errs15 === errors;
                    }
                }
                else {
                    const err17 = { instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                var valid1 = _errs6 === errors;
                if (!valid1) {
                    valid2 = false;
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        var valid0 = _errs4 === errors;
    }
    if (data.comment !== undefined) {
        let data7 = data.comment;
        const _errs17 = errors;
        if (typeof data7 !== "string") {
            const err19 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        const _errs18 = errors;
        var valid0 = _errs17 === errors;
    }
    if (data.creationInfo !== undefined) {
        let data8 = data.creationInfo;
        const _errs19 = errors;
        const _errs20 = errors;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.created === undefined) {
                const err20 = { instancePath: instancePath + "/creationInfo", schemaPath: "#/properties/creationInfo/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property '" + "created" + "'" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (data8.creators === undefined) {
                const err21 = { instancePath: instancePath + "/creationInfo", schemaPath: "#/properties/creationInfo/required", keyword: "required", params: { missingProperty: "creators" }, message: "must have required property '" + "creators" + "'" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            const _errs21 = errors;
            for (const key2 in data8) {
                if (!((((key2 === "comment") || (key2 === "created")) || (key2 === "creators")) || (key2 === "licenseListVersion"))) {
                    const err22 = { instancePath: instancePath + "/creationInfo", schemaPath: "#/properties/creationInfo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            if (data8.comment !== undefined) {
                let data9 = data8.comment;
                const _errs22 = errors;
                if (typeof data9 !== "string") {
                    const err23 = { instancePath: instancePath + "/creationInfo/comment", schemaPath: "#/properties/creationInfo/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                const _errs23 = errors;
                var valid4 = _errs22 === errors;
            }
            if (data8.created !== undefined) {
                let data10 = data8.created;
                const _errs24 = errors;
                if (typeof data10 !== "string") {
                    const err24 = { instancePath: instancePath + "/creationInfo/created", schemaPath: "#/properties/creationInfo/properties/created/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                const _errs25 = errors;
                var valid4 = _errs24 === errors;
            }
            if (data8.creators !== undefined) {
                let data11 = data8.creators;
                const _errs26 = errors;
                const _errs27 = errors;
                if (Array.isArray(data11)) {
                    if (data11.length < 1) {
                        const err25 = { instancePath: instancePath + "/creationInfo/creators", schemaPath: "#/properties/creationInfo/properties/creators/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    let valid6 = true;
                    const len1 = data11.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data12 = data11[i1];
                        const _errs28 = errors;
                        if (typeof data12 !== "string") {
                            const err26 = { instancePath: instancePath + "/creationInfo/creators/" + i1, schemaPath: "#/properties/creationInfo/properties/creators/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                        const _errs29 = errors;
                        var valid5 = _errs28 === errors;
                        if (!valid5) {
                            valid6 = false;
                        }
                    }
                }
                else {
                    const err27 = { instancePath: instancePath + "/creationInfo/creators", schemaPath: "#/properties/creationInfo/properties/creators/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                var valid4 = _errs26 === errors;
            }
            if (data8.licenseListVersion !== undefined) {
                let data13 = data8.licenseListVersion;
                const _errs30 = errors;
                if (typeof data13 !== "string") {
                    const err28 = { instancePath: instancePath + "/creationInfo/licenseListVersion", schemaPath: "#/properties/creationInfo/properties/licenseListVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
                const _errs31 = errors;
                var valid4 = _errs30 === errors;
            }
        }
        else {
            const err29 = { instancePath: instancePath + "/creationInfo", schemaPath: "#/properties/creationInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
        var valid0 = _errs19 === errors;
    }
    if (data.dataLicense !== undefined) {
        let data14 = data.dataLicense;
        const _errs32 = errors;
        if (typeof data14 !== "string") {
            const err30 = { instancePath: instancePath + "/dataLicense", schemaPath: "#/properties/dataLicense/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
        const _errs33 = errors;
        var valid0 = _errs32 === errors;
    }
    if (data.externalDocumentRefs !== undefined) {
        let data15 = data.externalDocumentRefs;
        const _errs34 = errors;
        const _errs35 = errors;
        if (Array.isArray(data15)) {
            let valid8 = true;
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data16 = data15[i2];
                const _errs36 = errors;
                const _errs37 = errors;
                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    if (data16.checksum === undefined) {
                        const err31 = { instancePath: instancePath + "/externalDocumentRefs/" + i2, schemaPath: "#/properties/externalDocumentRefs/items/required", keyword: "required", params: { missingProperty: "checksum" }, message: "must have required property '" + "checksum" + "'" };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                    if (data16.externalDocumentId === undefined) {
                        const err32 = { instancePath: instancePath + "/externalDocumentRefs/" + i2, schemaPath: "#/properties/externalDocumentRefs/items/required", keyword: "required", params: { missingProperty: "externalDocumentId" }, message: "must have required property '" + "externalDocumentId" + "'" };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                    if (data16.spdxDocument === undefined) {
                        const err33 = { instancePath: instancePath + "/externalDocumentRefs/" + i2, schemaPath: "#/properties/externalDocumentRefs/items/required", keyword: "required", params: { missingProperty: "spdxDocument" }, message: "must have required property '" + "spdxDocument" + "'" };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    const _errs38 = errors;
                    for (const key3 in data16) {
                        if (!(((key3 === "checksum") || (key3 === "externalDocumentId")) || (key3 === "spdxDocument"))) {
                            const err34 = { instancePath: instancePath + "/externalDocumentRefs/" + i2, schemaPath: "#/properties/externalDocumentRefs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    if (data16.checksum !== undefined) {
                        let data17 = data16.checksum;
                        const _errs39 = errors;
                        const _errs40 = errors;
                        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                            if (data17.algorithm === undefined) {
                                const err35 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property '" + "algorithm" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                            if (data17.checksumValue === undefined) {
                                const err36 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/required", keyword: "required", params: { missingProperty: "checksumValue" }, message: "must have required property '" + "checksumValue" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                            const _errs41 = errors;
                            for (const key4 in data17) {
                                if (!((key4 === "algorithm") || (key4 === "checksumValue"))) {
                                    const err37 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                }
                            }
                            if (data17.algorithm !== undefined) {
                                let data18 = data17.algorithm;
                                const _errs42 = errors;
                                if (typeof data18 !== "string") {
                                    const err38 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum/algorithm", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err38];
                                    }
                                    else {
                                        vErrors.push(err38);
                                    }
                                    errors++;
                                }
                                const _errs43 = errors;
                                const vSchema1 = schema6.properties.externalDocumentRefs.items.properties.checksum.properties.algorithm.enum;
                                if (!(((((((((data18 === "SHA256") || (data18 === "SHA1")) || (data18 === "SHA384")) || (data18 === "MD2")) || (data18 === "MD4")) || (data18 === "SHA512")) || (data18 === "MD6")) || (data18 === "MD5")) || (data18 === "SHA224"))) {
                                    const err39 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum/algorithm", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema6.properties.externalDocumentRefs.items.properties.checksum.properties.algorithm.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                                var valid10 = _errs42 === errors;
                            }
                            if (data17.checksumValue !== undefined) {
                                let data19 = data17.checksumValue;
                                const _errs44 = errors;
                                if (typeof data19 !== "string") {
                                    const err40 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum/checksumValue", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/properties/checksumValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err40];
                                    }
                                    else {
                                        vErrors.push(err40);
                                    }
                                    errors++;
                                }
                                const _errs45 = errors;
                                var valid10 = _errs44 === errors;
                            }
                        }
                        else {
                            const err41 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                        var valid9 = _errs39 === errors;
                    }
                    if (data16.externalDocumentId !== undefined) {
                        let data20 = data16.externalDocumentId;
                        const _errs46 = errors;
                        if (typeof data20 !== "string") {
                            const err42 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/externalDocumentId", schemaPath: "#/properties/externalDocumentRefs/items/properties/externalDocumentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                        const _errs47 = errors;
                        var valid9 = _errs46 === errors;
                    }
                    if (data16.spdxDocument !== undefined) {
                        let data21 = data16.spdxDocument;
                        const _errs48 = errors;
                        if (typeof data21 !== "string") {
                            const err43 = { instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/spdxDocument", schemaPath: "#/properties/externalDocumentRefs/items/properties/spdxDocument/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                        const _errs49 = errors;
                        var valid9 = _errs48 === errors;
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/externalDocumentRefs/" + i2, schemaPath: "#/properties/externalDocumentRefs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                var valid7 = _errs36 === errors;
                if (!valid7) {
                    valid8 = false;
                }
            }
        }
        else {
            const err45 = { instancePath: instancePath + "/externalDocumentRefs", schemaPath: "#/properties/externalDocumentRefs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err45];
            }
            else {
                vErrors.push(err45);
            }
            errors++;
        }
        var valid0 = _errs34 === errors;
    }
    if (data.hasExtractedLicensingInfos !== undefined) {
        let data22 = data.hasExtractedLicensingInfos;
        const _errs50 = errors;
        const _errs51 = errors;
        if (Array.isArray(data22)) {
            let valid12 = true;
            const len3 = data22.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data23 = data22[i3];
                const _errs52 = errors;
                const _errs53 = errors;
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                    if (data23.extractedText === undefined) {
                        const err46 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3, schemaPath: "#/properties/hasExtractedLicensingInfos/items/required", keyword: "required", params: { missingProperty: "extractedText" }, message: "must have required property '" + "extractedText" + "'" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                    if (data23.licenseId === undefined) {
                        const err47 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3, schemaPath: "#/properties/hasExtractedLicensingInfos/items/required", keyword: "required", params: { missingProperty: "licenseId" }, message: "must have required property '" + "licenseId" + "'" };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    const _errs54 = errors;
                    for (const key5 in data23) {
                        if (!((((((key5 === "comment") || (key5 === "crossRefs")) || (key5 === "extractedText")) || (key5 === "licenseId")) || (key5 === "name")) || (key5 === "seeAlsos"))) {
                            const err48 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3, schemaPath: "#/properties/hasExtractedLicensingInfos/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    if (data23.comment !== undefined) {
                        let data24 = data23.comment;
                        const _errs55 = errors;
                        if (typeof data24 !== "string") {
                            const err49 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/comment", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                        const _errs56 = errors;
                        var valid13 = _errs55 === errors;
                    }
                    if (data23.crossRefs !== undefined) {
                        let data25 = data23.crossRefs;
                        const _errs57 = errors;
                        const _errs58 = errors;
                        if (Array.isArray(data25)) {
                            let valid15 = true;
                            const len4 = data25.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                                let data26 = data25[i4];
                                const _errs59 = errors;
                                const _errs60 = errors;
                                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                    if (data26.url === undefined) {
                                        const err50 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4, schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err50];
                                        }
                                        else {
                                            vErrors.push(err50);
                                        }
                                        errors++;
                                    }
                                    const _errs61 = errors;
                                    for (const key6 in data26) {
                                        if (!(((((((key6 === "isLive") || (key6 === "isValid")) || (key6 === "isWayBackLink")) || (key6 === "match")) || (key6 === "order")) || (key6 === "timestamp")) || (key6 === "url"))) {
                                            const err51 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4, schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err51];
                                            }
                                            else {
                                                vErrors.push(err51);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data26.isLive !== undefined) {
                                        let data27 = data26.isLive;
                                        const _errs62 = errors;
                                        if (typeof data27 !== "boolean") {
                                            const err52 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/isLive", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/isLive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err52];
                                            }
                                            else {
                                                vErrors.push(err52);
                                            }
                                            errors++;
                                        }
                                        const _errs63 = errors;
                                        var valid16 = _errs62 === errors;
                                    }
                                    if (data26.isValid !== undefined) {
                                        let data28 = data26.isValid;
                                        const _errs64 = errors;
                                        if (typeof data28 !== "boolean") {
                                            const err53 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/isValid", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/isValid/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err53];
                                            }
                                            else {
                                                vErrors.push(err53);
                                            }
                                            errors++;
                                        }
                                        const _errs65 = errors;
                                        var valid16 = _errs64 === errors;
                                    }
                                    if (data26.isWayBackLink !== undefined) {
                                        let data29 = data26.isWayBackLink;
                                        const _errs66 = errors;
                                        if (typeof data29 !== "boolean") {
                                            const err54 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/isWayBackLink", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/isWayBackLink/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err54];
                                            }
                                            else {
                                                vErrors.push(err54);
                                            }
                                            errors++;
                                        }
                                        const _errs67 = errors;
                                        var valid16 = _errs66 === errors;
                                    }
                                    if (data26.match !== undefined) {
                                        let data30 = data26.match;
                                        const _errs68 = errors;
                                        if (typeof data30 !== "string") {
                                            const err55 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/match", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err55];
                                            }
                                            else {
                                                vErrors.push(err55);
                                            }
                                            errors++;
                                        }
                                        const _errs69 = errors;
                                        var valid16 = _errs68 === errors;
                                    }
                                    if (data26.order !== undefined) {
                                        let data31 = data26.order;
                                        const _errs70 = errors;
                                        if (!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) {
                                            const err56 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/order", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/order/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            if (vErrors === null) {
                                                vErrors = [err56];
                                            }
                                            else {
                                                vErrors.push(err56);
                                            }
                                            errors++;
                                        }
                                        const _errs71 = errors;
                                        var valid16 = _errs70 === errors;
                                    }
                                    if (data26.timestamp !== undefined) {
                                        let data32 = data26.timestamp;
                                        const _errs72 = errors;
                                        if (typeof data32 !== "string") {
                                            const err57 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/timestamp", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err57];
                                            }
                                            else {
                                                vErrors.push(err57);
                                            }
                                            errors++;
                                        }
                                        const _errs73 = errors;
                                        var valid16 = _errs72 === errors;
                                    }
                                    if (data26.url !== undefined) {
                                        let data33 = data26.url;
                                        const _errs74 = errors;
                                        if (typeof data33 !== "string") {
                                            const err58 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/url", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err58];
                                            }
                                            else {
                                                vErrors.push(err58);
                                            }
                                            errors++;
                                        }
                                        const _errs75 = errors;
                                        var valid16 = _errs74 === errors;
                                    }
                                }
                                else {
                                    const err59 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4, schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                                var valid14 = _errs59 === errors;
                                if (!valid14) {
                                    valid15 = false;
                                }
                            }
                        }
                        else {
                            const err60 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                        var valid13 = _errs57 === errors;
                    }
                    if (data23.extractedText !== undefined) {
                        let data34 = data23.extractedText;
                        const _errs76 = errors;
                        if (typeof data34 !== "string") {
                            const err61 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/extractedText", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/extractedText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        const _errs77 = errors;
                        var valid13 = _errs76 === errors;
                    }
                    if (data23.licenseId !== undefined) {
                        let data35 = data23.licenseId;
                        const _errs78 = errors;
                        if (typeof data35 !== "string") {
                            const err62 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/licenseId", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/licenseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                        const _errs79 = errors;
                        var valid13 = _errs78 === errors;
                    }
                    if (data23.name !== undefined) {
                        let data36 = data23.name;
                        const _errs80 = errors;
                        if (typeof data36 !== "string") {
                            const err63 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/name", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                        const _errs81 = errors;
                        var valid13 = _errs80 === errors;
                    }
                    if (data23.seeAlsos !== undefined) {
                        let data37 = data23.seeAlsos;
                        const _errs82 = errors;
                        const _errs83 = errors;
                        if (Array.isArray(data37)) {
                            let valid18 = true;
                            const len5 = data37.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data38 = data37[i5];
                                const _errs84 = errors;
                                if (typeof data38 !== "string") {
                                    const err64 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/seeAlsos/" + i5, schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/seeAlsos/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                const _errs85 = errors;
                                var valid17 = _errs84 === errors;
                                if (!valid17) {
                                    valid18 = false;
                                }
                            }
                        }
                        else {
                            const err65 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/seeAlsos", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/seeAlsos/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                        var valid13 = _errs82 === errors;
                    }
                }
                else {
                    const err66 = { instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3, schemaPath: "#/properties/hasExtractedLicensingInfos/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
                var valid11 = _errs52 === errors;
                if (!valid11) {
                    valid12 = false;
                }
            }
        }
        else {
            const err67 = { instancePath: instancePath + "/hasExtractedLicensingInfos", schemaPath: "#/properties/hasExtractedLicensingInfos/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err67];
            }
            else {
                vErrors.push(err67);
            }
            errors++;
        }
        var valid0 = _errs50 === errors;
    }
    if (data.name !== undefined) {
        let data39 = data.name;
        const _errs86 = errors;
        if (typeof data39 !== "string") {
            const err68 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err68];
            }
            else {
                vErrors.push(err68);
            }
            errors++;
        }
        const _errs87 = errors;
        var valid0 = _errs86 === errors;
    }
    if (data.revieweds !== undefined) {
        let data40 = data.revieweds;
        const _errs88 = errors;
        const _errs89 = errors;
        if (Array.isArray(data40)) {
            let valid20 = true;
            const len6 = data40.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data41 = data40[i6];
                const _errs90 = errors;
                const _errs91 = errors;
                if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                    if (data41.reviewDate === undefined) {
                        const err69 = { instancePath: instancePath + "/revieweds/" + i6, schemaPath: "#/properties/revieweds/items/required", keyword: "required", params: { missingProperty: "reviewDate" }, message: "must have required property '" + "reviewDate" + "'" };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                    const _errs92 = errors;
                    for (const key7 in data41) {
                        if (!(((key7 === "comment") || (key7 === "reviewDate")) || (key7 === "reviewer"))) {
                            const err70 = { instancePath: instancePath + "/revieweds/" + i6, schemaPath: "#/properties/revieweds/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                    }
                    if (data41.comment !== undefined) {
                        let data42 = data41.comment;
                        const _errs93 = errors;
                        if (typeof data42 !== "string") {
                            const err71 = { instancePath: instancePath + "/revieweds/" + i6 + "/comment", schemaPath: "#/properties/revieweds/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err71];
                            }
                            else {
                                vErrors.push(err71);
                            }
                            errors++;
                        }
                        const _errs94 = errors;
                        var valid21 = _errs93 === errors;
                    }
                    if (data41.reviewDate !== undefined) {
                        let data43 = data41.reviewDate;
                        const _errs95 = errors;
                        if (typeof data43 !== "string") {
                            const err72 = { instancePath: instancePath + "/revieweds/" + i6 + "/reviewDate", schemaPath: "#/properties/revieweds/items/properties/reviewDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err72];
                            }
                            else {
                                vErrors.push(err72);
                            }
                            errors++;
                        }
                        const _errs96 = errors;
                        var valid21 = _errs95 === errors;
                    }
                    if (data41.reviewer !== undefined) {
                        let data44 = data41.reviewer;
                        const _errs97 = errors;
                        if (typeof data44 !== "string") {
                            const err73 = { instancePath: instancePath + "/revieweds/" + i6 + "/reviewer", schemaPath: "#/properties/revieweds/items/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err73];
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                        const _errs98 = errors;
                        var valid21 = _errs97 === errors;
                    }
                }
                else {
                    const err74 = { instancePath: instancePath + "/revieweds/" + i6, schemaPath: "#/properties/revieweds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
                var valid19 = _errs90 === errors;
                if (!valid19) {
                    valid20 = false;
                }
            }
        }
        else {
            const err75 = { instancePath: instancePath + "/revieweds", schemaPath: "#/properties/revieweds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err75];
            }
            else {
                vErrors.push(err75);
            }
            errors++;
        }
        var valid0 = _errs88 === errors;
    }
    if (data.spdxVersion !== undefined) {
        let data45 = data.spdxVersion;
        const _errs99 = errors;
        if (typeof data45 !== "string") {
            const err76 = { instancePath: instancePath + "/spdxVersion", schemaPath: "#/properties/spdxVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err76];
            }
            else {
                vErrors.push(err76);
            }
            errors++;
        }
        const _errs100 = errors;
        var valid0 = _errs99 === errors;
    }
    if (data.documentNamespace !== undefined) {
        let data46 = data.documentNamespace;
        const _errs101 = errors;
        if (typeof data46 !== "string") {
            const err77 = { instancePath: instancePath + "/documentNamespace", schemaPath: "#/properties/documentNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err77];
            }
            else {
                vErrors.push(err77);
            }
            errors++;
        }
        const _errs102 = errors;
        var valid0 = _errs101 === errors;
    }
    if (data.documentDescribes !== undefined) {
        let data47 = data.documentDescribes;
        const _errs103 = errors;
        const _errs104 = errors;
        if (Array.isArray(data47)) {
            let valid23 = true;
            const len7 = data47.length;
            for (let i7 = 0; i7 < len7; i7++) {
                let data48 = data47[i7];
                const _errs105 = errors;
                if (typeof data48 !== "string") {
                    const err78 = { instancePath: instancePath + "/documentDescribes/" + i7, schemaPath: "#/properties/documentDescribes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
                const _errs106 = errors;
                var valid22 = _errs105 === errors;
                if (!valid22) {
                    valid23 = false;
                }
            }
        }
        else {
            const err79 = { instancePath: instancePath + "/documentDescribes", schemaPath: "#/properties/documentDescribes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err79];
            }
            else {
                vErrors.push(err79);
            }
            errors++;
        }
        var valid0 = _errs103 === errors;
    }
    if (data.packages !== undefined) {
        let data49 = data.packages;
        const _errs107 = errors;
        const _errs108 = errors;
        if (Array.isArray(data49)) {
            let valid25 = true;
            const len8 = data49.length;
            for (let i8 = 0; i8 < len8; i8++) {
                let data50 = data49[i8];
                const _errs109 = errors;
                const _errs110 = errors;
                if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                    if (data50.SPDXID === undefined) {
                        const err80 = { instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "SPDXID" }, message: "must have required property '" + "SPDXID" + "'" };
                        if (vErrors === null) {
                            vErrors = [err80];
                        }
                        else {
                            vErrors.push(err80);
                        }
                        errors++;
                    }
                    if (data50.copyrightText === undefined) {
                        const err81 = { instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "copyrightText" }, message: "must have required property '" + "copyrightText" + "'" };
                        if (vErrors === null) {
                            vErrors = [err81];
                        }
                        else {
                            vErrors.push(err81);
                        }
                        errors++;
                    }
                    if (data50.downloadLocation === undefined) {
                        const err82 = { instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "downloadLocation" }, message: "must have required property '" + "downloadLocation" + "'" };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                    if (data50.licenseConcluded === undefined) {
                        const err83 = { instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "licenseConcluded" }, message: "must have required property '" + "licenseConcluded" + "'" };
                        if (vErrors === null) {
                            vErrors = [err83];
                        }
                        else {
                            vErrors.push(err83);
                        }
                        errors++;
                    }
                    if (data50.licenseDeclared === undefined) {
                        const err84 = { instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "licenseDeclared" }, message: "must have required property '" + "licenseDeclared" + "'" };
                        if (vErrors === null) {
                            vErrors = [err84];
                        }
                        else {
                            vErrors.push(err84);
                        }
                        errors++;
                    }
                    if (data50.name === undefined) {
                        const err85 = { instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                        if (vErrors === null) {
                            vErrors = [err85];
                        }
                        else {
                            vErrors.push(err85);
                        }
                        errors++;
                    }
                    const _errs111 = errors;
                    for (const key8 in data50) {
                        if (!(func2.call(schema6.properties.packages.items.properties, key8))) {
                            const err86 = { instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err86];
                            }
                            else {
                                vErrors.push(err86);
                            }
                            errors++;
                        }
                    }
                    if (data50.SPDXID !== undefined) {
                        let data51 = data50.SPDXID;
                        const _errs112 = errors;
                        if (typeof data51 !== "string") {
                            const err87 = { instancePath: instancePath + "/packages/" + i8 + "/SPDXID", schemaPath: "#/properties/packages/items/properties/SPDXID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err87];
                            }
                            else {
                                vErrors.push(err87);
                            }
                            errors++;
                        }
                        const _errs113 = errors;
                        var valid26 = _errs112 === errors;
                    }
                    if (data50.annotations !== undefined) {
                        let data52 = data50.annotations;
                        const _errs114 = errors;
                        const _errs115 = errors;
                        if (Array.isArray(data52)) {
                            let valid28 = true;
                            const len9 = data52.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                                let data53 = data52[i9];
                                const _errs116 = errors;
                                const _errs117 = errors;
                                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                    if (data53.annotationDate === undefined) {
                                        const err88 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotationDate" }, message: "must have required property '" + "annotationDate" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err88];
                                        }
                                        else {
                                            vErrors.push(err88);
                                        }
                                        errors++;
                                    }
                                    if (data53.annotationType === undefined) {
                                        const err89 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotationType" }, message: "must have required property '" + "annotationType" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err89];
                                        }
                                        else {
                                            vErrors.push(err89);
                                        }
                                        errors++;
                                    }
                                    if (data53.annotator === undefined) {
                                        const err90 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotator" }, message: "must have required property '" + "annotator" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err90];
                                        }
                                        else {
                                            vErrors.push(err90);
                                        }
                                        errors++;
                                    }
                                    if (data53.comment === undefined) {
                                        const err91 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property '" + "comment" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err91];
                                        }
                                        else {
                                            vErrors.push(err91);
                                        }
                                        errors++;
                                    }
                                    const _errs118 = errors;
                                    for (const key9 in data53) {
                                        if (!((((key9 === "annotationDate") || (key9 === "annotationType")) || (key9 === "annotator")) || (key9 === "comment"))) {
                                            const err92 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err92];
                                            }
                                            else {
                                                vErrors.push(err92);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data53.annotationDate !== undefined) {
                                        let data54 = data53.annotationDate;
                                        const _errs119 = errors;
                                        if (typeof data54 !== "string") {
                                            const err93 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/annotationDate", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/annotationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err93];
                                            }
                                            else {
                                                vErrors.push(err93);
                                            }
                                            errors++;
                                        }
                                        const _errs120 = errors;
                                        var valid29 = _errs119 === errors;
                                    }
                                    if (data53.annotationType !== undefined) {
                                        let data55 = data53.annotationType;
                                        const _errs121 = errors;
                                        if (typeof data55 !== "string") {
                                            const err94 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/annotationType", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/annotationType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err94];
                                            }
                                            else {
                                                vErrors.push(err94);
                                            }
                                            errors++;
                                        }
                                        const _errs122 = errors;
                                        const vSchema2 = schema6.properties.packages.items.properties.annotations.items.properties.annotationType.enum;
                                        if (!((data55 === "OTHER") || (data55 === "REVIEW"))) {
                                            const err95 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/annotationType", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/annotationType/enum", keyword: "enum", params: { allowedValues: schema6.properties.packages.items.properties.annotations.items.properties.annotationType.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                                vErrors = [err95];
                                            }
                                            else {
                                                vErrors.push(err95);
                                            }
                                            errors++;
                                        }
                                        var valid29 = _errs121 === errors;
                                    }
                                    if (data53.annotator !== undefined) {
                                        let data56 = data53.annotator;
                                        const _errs123 = errors;
                                        if (typeof data56 !== "string") {
                                            const err96 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/annotator", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/annotator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err96];
                                            }
                                            else {
                                                vErrors.push(err96);
                                            }
                                            errors++;
                                        }
                                        const _errs124 = errors;
                                        var valid29 = _errs123 === errors;
                                    }
                                    if (data53.comment !== undefined) {
                                        let data57 = data53.comment;
                                        const _errs125 = errors;
                                        if (typeof data57 !== "string") {
                                            const err97 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/comment", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err97];
                                            }
                                            else {
                                                vErrors.push(err97);
                                            }
                                            errors++;
                                        }
                                        const _errs126 = errors;
                                        var valid29 = _errs125 === errors;
                                    }
                                }
                                else {
                                    const err98 = { instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err98];
                                    }
                                    else {
                                        vErrors.push(err98);
                                    }
                                    errors++;
                                }
                                var valid27 = _errs116 === errors;
                                if (!valid27) {
                                    valid28 = false;
                                }
                            }
                        }
                        else {
                            const err99 = { instancePath: instancePath + "/packages/" + i8 + "/annotations", schemaPath: "#/properties/packages/items/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                        var valid26 = _errs114 === errors;
                    }
                    if (data50.attributionTexts !== undefined) {
                        let data58 = data50.attributionTexts;
                        const _errs127 = errors;
                        const _errs128 = errors;
                        if (Array.isArray(data58)) {
                            let valid31 = true;
                            const len10 = data58.length;
                            for (let i10 = 0; i10 < len10; i10++) {
                                let data59 = data58[i10];
                                const _errs129 = errors;
                                if (typeof data59 !== "string") {
                                    const err100 = { instancePath: instancePath + "/packages/" + i8 + "/attributionTexts/" + i10, schemaPath: "#/properties/packages/items/properties/attributionTexts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err100];
                                    }
                                    else {
                                        vErrors.push(err100);
                                    }
                                    errors++;
                                }
                                const _errs130 = errors;
                                var valid30 = _errs129 === errors;
                                if (!valid30) {
                                    valid31 = false;
                                }
                            }
                        }
                        else {
                            const err101 = { instancePath: instancePath + "/packages/" + i8 + "/attributionTexts", schemaPath: "#/properties/packages/items/properties/attributionTexts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                        var valid26 = _errs127 === errors;
                    }
                    if (data50.checksums !== undefined) {
                        let data60 = data50.checksums;
                        const _errs131 = errors;
                        const _errs132 = errors;
                        if (Array.isArray(data60)) {
                            let valid33 = true;
                            const len11 = data60.length;
                            for (let i11 = 0; i11 < len11; i11++) {
                                let data61 = data60[i11];
                                const _errs133 = errors;
                                const _errs134 = errors;
                                if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                                    if (data61.algorithm === undefined) {
                                        const err102 = { instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11, schemaPath: "#/properties/packages/items/properties/checksums/items/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property '" + "algorithm" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err102];
                                        }
                                        else {
                                            vErrors.push(err102);
                                        }
                                        errors++;
                                    }
                                    if (data61.checksumValue === undefined) {
                                        const err103 = { instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11, schemaPath: "#/properties/packages/items/properties/checksums/items/required", keyword: "required", params: { missingProperty: "checksumValue" }, message: "must have required property '" + "checksumValue" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err103];
                                        }
                                        else {
                                            vErrors.push(err103);
                                        }
                                        errors++;
                                    }
                                    const _errs135 = errors;
                                    for (const key10 in data61) {
                                        if (!((key10 === "algorithm") || (key10 === "checksumValue"))) {
                                            const err104 = { instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11, schemaPath: "#/properties/packages/items/properties/checksums/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err104];
                                            }
                                            else {
                                                vErrors.push(err104);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data61.algorithm !== undefined) {
                                        let data62 = data61.algorithm;
                                        const _errs136 = errors;
                                        if (typeof data62 !== "string") {
                                            const err105 = { instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11 + "/algorithm", schemaPath: "#/properties/packages/items/properties/checksums/items/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err105];
                                            }
                                            else {
                                                vErrors.push(err105);
                                            }
                                            errors++;
                                        }
                                        const _errs137 = errors;
                                        const vSchema3 = schema6.properties.packages.items.properties.checksums.items.properties.algorithm.enum;
                                        if (!(((((((((data62 === "SHA256") || (data62 === "SHA1")) || (data62 === "SHA384")) || (data62 === "MD2")) || (data62 === "MD4")) || (data62 === "SHA512")) || (data62 === "MD6")) || (data62 === "MD5")) || (data62 === "SHA224"))) {
                                            const err106 = { instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11 + "/algorithm", schemaPath: "#/properties/packages/items/properties/checksums/items/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema6.properties.packages.items.properties.checksums.items.properties.algorithm.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                                vErrors = [err106];
                                            }
                                            else {
                                                vErrors.push(err106);
                                            }
                                            errors++;
                                        }
                                        var valid34 = _errs136 === errors;
                                    }
                                    if (data61.checksumValue !== undefined) {
                                        let data63 = data61.checksumValue;
                                        const _errs138 = errors;
                                        if (typeof data63 !== "string") {
                                            const err107 = { instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11 + "/checksumValue", schemaPath: "#/properties/packages/items/properties/checksums/items/properties/checksumValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err107];
                                            }
                                            else {
                                                vErrors.push(err107);
                                            }
                                            errors++;
                                        }
                                        const _errs139 = errors;
                                        var valid34 = _errs138 === errors;
                                    }
                                }
                                else {
                                    const err108 = { instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11, schemaPath: "#/properties/packages/items/properties/checksums/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err108];
                                    }
                                    else {
                                        vErrors.push(err108);
                                    }
                                    errors++;
                                }
                                var valid32 = _errs133 === errors;
                                if (!valid32) {
                                    valid33 = false;
                                }
                            }
                        }
                        else {
                            const err109 = { instancePath: instancePath + "/packages/" + i8 + "/checksums", schemaPath: "#/properties/packages/items/properties/checksums/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err109];
                            }
                            else {
                                vErrors.push(err109);
                            }
                            errors++;
                        }
                        var valid26 = _errs131 === errors;
                    }
                    if (data50.comment !== undefined) {
                        let data64 = data50.comment;
                        const _errs140 = errors;
                        if (typeof data64 !== "string") {
                            const err110 = { instancePath: instancePath + "/packages/" + i8 + "/comment", schemaPath: "#/properties/packages/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                        const _errs141 = errors;
                        var valid26 = _errs140 === errors;
                    }
                    if (data50.copyrightText !== undefined) {
                        let data65 = data50.copyrightText;
                        const _errs142 = errors;
                        if (typeof data65 !== "string") {
                            const err111 = { instancePath: instancePath + "/packages/" + i8 + "/copyrightText", schemaPath: "#/properties/packages/items/properties/copyrightText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err111];
                            }
                            else {
                                vErrors.push(err111);
                            }
                            errors++;
                        }
                        const _errs143 = errors;
                        var valid26 = _errs142 === errors;
                    }
                    if (data50.description !== undefined) {
                        let data66 = data50.description;
                        const _errs144 = errors;
                        if (typeof data66 !== "string") {
                            const err112 = { instancePath: instancePath + "/packages/" + i8 + "/description", schemaPath: "#/properties/packages/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err112];
                            }
                            else {
                                vErrors.push(err112);
                            }
                            errors++;
                        }
                        const _errs145 = errors;
                        var valid26 = _errs144 === errors;
                    }
                    if (data50.downloadLocation !== undefined) {
                        let data67 = data50.downloadLocation;
                        const _errs146 = errors;
                        if (typeof data67 !== "string") {
                            const err113 = { instancePath: instancePath + "/packages/" + i8 + "/downloadLocation", schemaPath: "#/properties/packages/items/properties/downloadLocation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err113];
                            }
                            else {
                                vErrors.push(err113);
                            }
                            errors++;
                        }
                        const _errs147 = errors;
                        var valid26 = _errs146 === errors;
                    }
                    if (data50.externalRefs !== undefined) {
                        let data68 = data50.externalRefs;
                        const _errs148 = errors;
                        const _errs149 = errors;
                        if (Array.isArray(data68)) {
                            let valid36 = true;
                            const len12 = data68.length;
                            for (let i12 = 0; i12 < len12; i12++) {
                                let data69 = data68[i12];
                                const _errs150 = errors;
                                const _errs151 = errors;
                                if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                                    if (data69.referenceCategory === undefined) {
                                        const err114 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12, schemaPath: "#/properties/packages/items/properties/externalRefs/items/required", keyword: "required", params: { missingProperty: "referenceCategory" }, message: "must have required property '" + "referenceCategory" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err114];
                                        }
                                        else {
                                            vErrors.push(err114);
                                        }
                                        errors++;
                                    }
                                    if (data69.referenceLocator === undefined) {
                                        const err115 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12, schemaPath: "#/properties/packages/items/properties/externalRefs/items/required", keyword: "required", params: { missingProperty: "referenceLocator" }, message: "must have required property '" + "referenceLocator" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err115];
                                        }
                                        else {
                                            vErrors.push(err115);
                                        }
                                        errors++;
                                    }
                                    if (data69.referenceType === undefined) {
                                        const err116 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12, schemaPath: "#/properties/packages/items/properties/externalRefs/items/required", keyword: "required", params: { missingProperty: "referenceType" }, message: "must have required property '" + "referenceType" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err116];
                                        }
                                        else {
                                            vErrors.push(err116);
                                        }
                                        errors++;
                                    }
                                    const _errs152 = errors;
                                    for (const key11 in data69) {
                                        if (!((((key11 === "comment") || (key11 === "referenceCategory")) || (key11 === "referenceLocator")) || (key11 === "referenceType"))) {
                                            const err117 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12, schemaPath: "#/properties/packages/items/properties/externalRefs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err117];
                                            }
                                            else {
                                                vErrors.push(err117);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data69.comment !== undefined) {
                                        let data70 = data69.comment;
                                        const _errs153 = errors;
                                        if (typeof data70 !== "string") {
                                            const err118 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/comment", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err118];
                                            }
                                            else {
                                                vErrors.push(err118);
                                            }
                                            errors++;
                                        }
                                        const _errs154 = errors;
                                        var valid37 = _errs153 === errors;
                                    }
                                    if (data69.referenceCategory !== undefined) {
                                        let data71 = data69.referenceCategory;
                                        const _errs155 = errors;
                                        if (typeof data71 !== "string") {
                                            const err119 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/referenceCategory", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/referenceCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err119];
                                            }
                                            else {
                                                vErrors.push(err119);
                                            }
                                            errors++;
                                        }
                                        const _errs156 = errors;
                                        const vSchema4 = schema6.properties.packages.items.properties.externalRefs.items.properties.referenceCategory.enum;
                                        if (!((((((data71 === "OTHER") || (data71 === "PERSISTENT-ID")) || (data71 === "PERSISTENT_ID")) || (data71 === "SECURITY")) || (data71 === "PACKAGE-MANAGER")) || (data71 === "PACKAGE_MANAGER"))) {
                                            const err120 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/referenceCategory", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/referenceCategory/enum", keyword: "enum", params: { allowedValues: schema6.properties.packages.items.properties.externalRefs.items.properties.referenceCategory.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                                vErrors = [err120];
                                            }
                                            else {
                                                vErrors.push(err120);
                                            }
                                            errors++;
                                        }
                                        var valid37 = _errs155 === errors;
                                    }
                                    if (data69.referenceLocator !== undefined) {
                                        let data72 = data69.referenceLocator;
                                        const _errs157 = errors;
                                        if (typeof data72 !== "string") {
                                            const err121 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/referenceLocator", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/referenceLocator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err121];
                                            }
                                            else {
                                                vErrors.push(err121);
                                            }
                                            errors++;
                                        }
                                        const _errs158 = errors;
                                        var valid37 = _errs157 === errors;
                                    }
                                    if (data69.referenceType !== undefined) {
                                        let data73 = data69.referenceType;
                                        const _errs159 = errors;
                                        if (typeof data73 !== "string") {
                                            const err122 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/referenceType", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/referenceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err122];
                                            }
                                            else {
                                                vErrors.push(err122);
                                            }
                                            errors++;
                                        }
                                        const _errs160 = errors;
                                        var valid37 = _errs159 === errors;
                                    }
                                }
                                else {
                                    const err123 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12, schemaPath: "#/properties/packages/items/properties/externalRefs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err123];
                                    }
                                    else {
                                        vErrors.push(err123);
                                    }
                                    errors++;
                                }
                                var valid35 = _errs150 === errors;
                                if (!valid35) {
                                    valid36 = false;
                                }
                            }
                        }
                        else {
                            const err124 = { instancePath: instancePath + "/packages/" + i8 + "/externalRefs", schemaPath: "#/properties/packages/items/properties/externalRefs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err124];
                            }
                            else {
                                vErrors.push(err124);
                            }
                            errors++;
                        }
                        var valid26 = _errs148 === errors;
                    }
                    if (data50.filesAnalyzed !== undefined) {
                        let data74 = data50.filesAnalyzed;
                        const _errs161 = errors;
                        if (typeof data74 !== "boolean") {
                            const err125 = { instancePath: instancePath + "/packages/" + i8 + "/filesAnalyzed", schemaPath: "#/properties/packages/items/properties/filesAnalyzed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                                vErrors = [err125];
                            }
                            else {
                                vErrors.push(err125);
                            }
                            errors++;
                        }
                        const _errs162 = errors;
                        var valid26 = _errs161 === errors;
                    }
                    if (data50.hasFiles !== undefined) {
                        let data75 = data50.hasFiles;
                        const _errs163 = errors;
                        const _errs164 = errors;
                        if (Array.isArray(data75)) {
                            let valid39 = true;
                            const len13 = data75.length;
                            for (let i13 = 0; i13 < len13; i13++) {
                                let data76 = data75[i13];
                                const _errs165 = errors;
                                if (typeof data76 !== "string") {
                                    const err126 = { instancePath: instancePath + "/packages/" + i8 + "/hasFiles/" + i13, schemaPath: "#/properties/packages/items/properties/hasFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err126];
                                    }
                                    else {
                                        vErrors.push(err126);
                                    }
                                    errors++;
                                }
                                const _errs166 = errors;
                                var valid38 = _errs165 === errors;
                                if (!valid38) {
                                    valid39 = false;
                                }
                            }
                        }
                        else {
                            const err127 = { instancePath: instancePath + "/packages/" + i8 + "/hasFiles", schemaPath: "#/properties/packages/items/properties/hasFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err127];
                            }
                            else {
                                vErrors.push(err127);
                            }
                            errors++;
                        }
                        var valid26 = _errs163 === errors;
                    }
                    if (data50.homepage !== undefined) {
                        let data77 = data50.homepage;
                        const _errs167 = errors;
                        if (typeof data77 !== "string") {
                            const err128 = { instancePath: instancePath + "/packages/" + i8 + "/homepage", schemaPath: "#/properties/packages/items/properties/homepage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err128];
                            }
                            else {
                                vErrors.push(err128);
                            }
                            errors++;
                        }
                        const _errs168 = errors;
                        var valid26 = _errs167 === errors;
                    }
                    if (data50.licenseComments !== undefined) {
                        let data78 = data50.licenseComments;
                        const _errs169 = errors;
                        if (typeof data78 !== "string") {
                            const err129 = { instancePath: instancePath + "/packages/" + i8 + "/licenseComments", schemaPath: "#/properties/packages/items/properties/licenseComments/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err129];
                            }
                            else {
                                vErrors.push(err129);
                            }
                            errors++;
                        }
                        const _errs170 = errors;
                        var valid26 = _errs169 === errors;
                    }
                    if (data50.licenseConcluded !== undefined) {
                        let data79 = data50.licenseConcluded;
                        const _errs171 = errors;
                        if (typeof data79 !== "string") {
                            const err130 = { instancePath: instancePath + "/packages/" + i8 + "/licenseConcluded", schemaPath: "#/properties/packages/items/properties/licenseConcluded/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err130];
                            }
                            else {
                                vErrors.push(err130);
                            }
                            errors++;
                        }
                        const _errs172 = errors;
                        var valid26 = _errs171 === errors;
                    }
                    if (data50.licenseDeclared !== undefined) {
                        let data80 = data50.licenseDeclared;
                        const _errs173 = errors;
                        if (typeof data80 !== "string") {
                            const err131 = { instancePath: instancePath + "/packages/" + i8 + "/licenseDeclared", schemaPath: "#/properties/packages/items/properties/licenseDeclared/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err131];
                            }
                            else {
                                vErrors.push(err131);
                            }
                            errors++;
                        }
                        const _errs174 = errors;
                        var valid26 = _errs173 === errors;
                    }
                    if (data50.licenseInfoFromFiles !== undefined) {
                        let data81 = data50.licenseInfoFromFiles;
                        const _errs175 = errors;
                        const _errs176 = errors;
                        if (Array.isArray(data81)) {
                            let valid41 = true;
                            const len14 = data81.length;
                            for (let i14 = 0; i14 < len14; i14++) {
                                let data82 = data81[i14];
                                const _errs177 = errors;
                                if (typeof data82 !== "string") {
                                    const err132 = { instancePath: instancePath + "/packages/" + i8 + "/licenseInfoFromFiles/" + i14, schemaPath: "#/properties/packages/items/properties/licenseInfoFromFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err132];
                                    }
                                    else {
                                        vErrors.push(err132);
                                    }
                                    errors++;
                                }
                                const _errs178 = errors;
                                var valid40 = _errs177 === errors;
                                if (!valid40) {
                                    valid41 = false;
                                }
                            }
                        }
                        else {
                            const err133 = { instancePath: instancePath + "/packages/" + i8 + "/licenseInfoFromFiles", schemaPath: "#/properties/packages/items/properties/licenseInfoFromFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err133];
                            }
                            else {
                                vErrors.push(err133);
                            }
                            errors++;
                        }
                        var valid26 = _errs175 === errors;
                    }
                    if (data50.name !== undefined) {
                        let data83 = data50.name;
                        const _errs179 = errors;
                        if (typeof data83 !== "string") {
                            const err134 = { instancePath: instancePath + "/packages/" + i8 + "/name", schemaPath: "#/properties/packages/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err134];
                            }
                            else {
                                vErrors.push(err134);
                            }
                            errors++;
                        }
                        const _errs180 = errors;
                        var valid26 = _errs179 === errors;
                    }
                    if (data50.originator !== undefined) {
                        let data84 = data50.originator;
                        const _errs181 = errors;
                        if (typeof data84 !== "string") {
                            const err135 = { instancePath: instancePath + "/packages/" + i8 + "/originator", schemaPath: "#/properties/packages/items/properties/originator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err135];
                            }
                            else {
                                vErrors.push(err135);
                            }
                            errors++;
                        }
                        const _errs182 = errors;
                        var valid26 = _errs181 === errors;
                    }
                    if (data50.packageFileName !== undefined) {
                        let data85 = data50.packageFileName;
                        const _errs183 = errors;
                        if (typeof data85 !== "string") {
                            const err136 = { instancePath: instancePath + "/packages/" + i8 + "/packageFileName", schemaPath: "#/properties/packages/items/properties/packageFileName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err136];
                            }
                            else {
                                vErrors.push(err136);
                            }
                            errors++;
                        }
                        const _errs184 = errors;
                        var valid26 = _errs183 === errors;
                    }
                    if (data50.packageVerificationCode !== undefined) {
                        let data86 = data50.packageVerificationCode;
                        const _errs185 = errors;
                        const _errs186 = errors;
                        if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                            if (data86.packageVerificationCodeValue === undefined) {
                                const err137 = { instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/required", keyword: "required", params: { missingProperty: "packageVerificationCodeValue" }, message: "must have required property '" + "packageVerificationCodeValue" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err137];
                                }
                                else {
                                    vErrors.push(err137);
                                }
                                errors++;
                            }
                            const _errs187 = errors;
                            for (const key12 in data86) {
                                if (!((key12 === "packageVerificationCodeExcludedFiles") || (key12 === "packageVerificationCodeValue"))) {
                                    const err138 = { instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err138];
                                    }
                                    else {
                                        vErrors.push(err138);
                                    }
                                    errors++;
                                }
                            }
                            if (data86.packageVerificationCodeExcludedFiles !== undefined) {
                                let data87 = data86.packageVerificationCodeExcludedFiles;
                                const _errs188 = errors;
                                const _errs189 = errors;
                                if (Array.isArray(data87)) {
                                    let valid44 = true;
                                    const len15 = data87.length;
                                    for (let i15 = 0; i15 < len15; i15++) {
                                        let data88 = data87[i15];
                                        const _errs190 = errors;
                                        if (typeof data88 !== "string") {
                                            const err139 = { instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode/packageVerificationCodeExcludedFiles/" + i15, schemaPath: "#/properties/packages/items/properties/packageVerificationCode/properties/packageVerificationCodeExcludedFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err139];
                                            }
                                            else {
                                                vErrors.push(err139);
                                            }
                                            errors++;
                                        }
                                        const _errs191 = errors;
                                        var valid43 = _errs190 === errors;
                                        if (!valid43) {
                                            valid44 = false;
                                        }
                                    }
                                }
                                else {
                                    const err140 = { instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode/packageVerificationCodeExcludedFiles", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/properties/packageVerificationCodeExcludedFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                        vErrors = [err140];
                                    }
                                    else {
                                        vErrors.push(err140);
                                    }
                                    errors++;
                                }
                                var valid42 = _errs188 === errors;
                            }
                            if (data86.packageVerificationCodeValue !== undefined) {
                                let data89 = data86.packageVerificationCodeValue;
                                const _errs192 = errors;
                                if (typeof data89 !== "string") {
                                    const err141 = { instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode/packageVerificationCodeValue", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/properties/packageVerificationCodeValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err141];
                                    }
                                    else {
                                        vErrors.push(err141);
                                    }
                                    errors++;
                                }
                                const _errs193 = errors;
                                var valid42 = _errs192 === errors;
                            }
                        }
                        else {
                            const err142 = { instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err142];
                            }
                            else {
                                vErrors.push(err142);
                            }
                            errors++;
                        }
                        var valid26 = _errs185 === errors;
                    }
                    if (data50.sourceInfo !== undefined) {
                        let data90 = data50.sourceInfo;
                        const _errs194 = errors;
                        if (typeof data90 !== "string") {
                            const err143 = { instancePath: instancePath + "/packages/" + i8 + "/sourceInfo", schemaPath: "#/properties/packages/items/properties/sourceInfo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err143];
                            }
                            else {
                                vErrors.push(err143);
                            }
                            errors++;
                        }
                        const _errs195 = errors;
                        var valid26 = _errs194 === errors;
                    }
                    if (data50.summary !== undefined) {
                        let data91 = data50.summary;
                        const _errs196 = errors;
                        if (typeof data91 !== "string") {
                            const err144 = { instancePath: instancePath + "/packages/" + i8 + "/summary", schemaPath: "#/properties/packages/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err144];
                            }
                            else {
                                vErrors.push(err144);
                            }
                            errors++;
                        }
                        const _errs197 = errors;
                        var valid26 = _errs196 === errors;
                    }
                    if (data50.supplier !== undefined) {
                        let data92 = data50.supplier;
                        const _errs198 = errors;
                        if (typeof data92 !== "string") {
                            const err145 = { instancePath: instancePath + "/packages/" + i8 + "/supplier", schemaPath: "#/properties/packages/items/properties/supplier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err145];
                            }
                            else {
                                vErrors.push(err145);
                            }
                            errors++;
                        }
                        const _errs199 = errors;
                        var valid26 = _errs198 === errors;
                    }
                    if (data50.versionInfo !== undefined) {
                        let data93 = data50.versionInfo;
                        const _errs200 = errors;
                        if (typeof data93 !== "string") {
                            const err146 = { instancePath: instancePath + "/packages/" + i8 + "/versionInfo", schemaPath: "#/properties/packages/items/properties/versionInfo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err146];
                            }
                            else {
                                vErrors.push(err146);
                            }
                            errors++;
                        }
                        const _errs201 = errors;
                        var valid26 = _errs200 === errors;
                    }
                }
                else {
                    const err147 = { instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err147];
                    }
                    else {
                        vErrors.push(err147);
                    }
                    errors++;
                }
                var valid24 = _errs109 === errors;
                if (!valid24) {
                    valid25 = false;
                }
            }
        }
        else {
            const err148 = { instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err148];
            }
            else {
                vErrors.push(err148);
            }
            errors++;
        }
        var valid0 = _errs107 === errors;
    }
    if (data.files !== undefined) {
        let data94 = data.files;
        const _errs202 = errors;
        const _errs203 = errors;
        if (Array.isArray(data94)) {
            let valid46 = true;
            const len16 = data94.length;
            for (let i16 = 0; i16 < len16; i16++) {
                let data95 = data94[i16];
                const _errs204 = errors;
                const _errs205 = errors;
                if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                    if (data95.SPDXID === undefined) {
                        const err149 = { instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "SPDXID" }, message: "must have required property '" + "SPDXID" + "'" };
                        if (vErrors === null) {
                            vErrors = [err149];
                        }
                        else {
                            vErrors.push(err149);
                        }
                        errors++;
                    }
                    if (data95.checksums === undefined) {
                        const err150 = { instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "checksums" }, message: "must have required property '" + "checksums" + "'" };
                        if (vErrors === null) {
                            vErrors = [err150];
                        }
                        else {
                            vErrors.push(err150);
                        }
                        errors++;
                    }
                    if (data95.copyrightText === undefined) {
                        const err151 = { instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "copyrightText" }, message: "must have required property '" + "copyrightText" + "'" };
                        if (vErrors === null) {
                            vErrors = [err151];
                        }
                        else {
                            vErrors.push(err151);
                        }
                        errors++;
                    }
                    if (data95.fileName === undefined) {
                        const err152 = { instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "fileName" }, message: "must have required property '" + "fileName" + "'" };
                        if (vErrors === null) {
                            vErrors = [err152];
                        }
                        else {
                            vErrors.push(err152);
                        }
                        errors++;
                    }
                    if (data95.licenseConcluded === undefined) {
                        const err153 = { instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "licenseConcluded" }, message: "must have required property '" + "licenseConcluded" + "'" };
                        if (vErrors === null) {
                            vErrors = [err153];
                        }
                        else {
                            vErrors.push(err153);
                        }
                        errors++;
                    }
                    if (data95.licenseInfoInFiles === undefined) {
                        const err154 = { instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "licenseInfoInFiles" }, message: "must have required property '" + "licenseInfoInFiles" + "'" };
                        if (vErrors === null) {
                            vErrors = [err154];
                        }
                        else {
                            vErrors.push(err154);
                        }
                        errors++;
                    }
                    const _errs206 = errors;
                    for (const key13 in data95) {
                        if (!(func2.call(schema6.properties.files.items.properties, key13))) {
                            const err155 = { instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err155];
                            }
                            else {
                                vErrors.push(err155);
                            }
                            errors++;
                        }
                    }
                    if (data95.SPDXID !== undefined) {
                        let data96 = data95.SPDXID;
                        const _errs207 = errors;
                        if (typeof data96 !== "string") {
                            const err156 = { instancePath: instancePath + "/files/" + i16 + "/SPDXID", schemaPath: "#/properties/files/items/properties/SPDXID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err156];
                            }
                            else {
                                vErrors.push(err156);
                            }
                            errors++;
                        }
                        const _errs208 = errors;
                        var valid47 = _errs207 === errors;
                    }
                    if (data95.annotations !== undefined) {
                        let data97 = data95.annotations;
                        const _errs209 = errors;
                        const _errs210 = errors;
                        if (Array.isArray(data97)) {
                            let valid49 = true;
                            const len17 = data97.length;
                            for (let i17 = 0; i17 < len17; i17++) {
                                let data98 = data97[i17];
                                const _errs211 = errors;
                                const _errs212 = errors;
                                if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                    if (data98.annotationDate === undefined) {
                                        const err157 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotationDate" }, message: "must have required property '" + "annotationDate" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err157];
                                        }
                                        else {
                                            vErrors.push(err157);
                                        }
                                        errors++;
                                    }
                                    if (data98.annotationType === undefined) {
                                        const err158 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotationType" }, message: "must have required property '" + "annotationType" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err158];
                                        }
                                        else {
                                            vErrors.push(err158);
                                        }
                                        errors++;
                                    }
                                    if (data98.annotator === undefined) {
                                        const err159 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotator" }, message: "must have required property '" + "annotator" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err159];
                                        }
                                        else {
                                            vErrors.push(err159);
                                        }
                                        errors++;
                                    }
                                    if (data98.comment === undefined) {
                                        const err160 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property '" + "comment" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err160];
                                        }
                                        else {
                                            vErrors.push(err160);
                                        }
                                        errors++;
                                    }
                                    const _errs213 = errors;
                                    for (const key14 in data98) {
                                        if (!((((key14 === "annotationDate") || (key14 === "annotationType")) || (key14 === "annotator")) || (key14 === "comment"))) {
                                            const err161 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err161];
                                            }
                                            else {
                                                vErrors.push(err161);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data98.annotationDate !== undefined) {
                                        let data99 = data98.annotationDate;
                                        const _errs214 = errors;
                                        if (typeof data99 !== "string") {
                                            const err162 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/annotationDate", schemaPath: "#/properties/files/items/properties/annotations/items/properties/annotationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err162];
                                            }
                                            else {
                                                vErrors.push(err162);
                                            }
                                            errors++;
                                        }
                                        const _errs215 = errors;
                                        var valid50 = _errs214 === errors;
                                    }
                                    if (data98.annotationType !== undefined) {
                                        let data100 = data98.annotationType;
                                        const _errs216 = errors;
                                        if (typeof data100 !== "string") {
                                            const err163 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/annotationType", schemaPath: "#/properties/files/items/properties/annotations/items/properties/annotationType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err163];
                                            }
                                            else {
                                                vErrors.push(err163);
                                            }
                                            errors++;
                                        }
                                        const _errs217 = errors;
                                        const vSchema5 = schema6.properties.files.items.properties.annotations.items.properties.annotationType.enum;
                                        if (!((data100 === "OTHER") || (data100 === "REVIEW"))) {
                                            const err164 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/annotationType", schemaPath: "#/properties/files/items/properties/annotations/items/properties/annotationType/enum", keyword: "enum", params: { allowedValues: schema6.properties.files.items.properties.annotations.items.properties.annotationType.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                                vErrors = [err164];
                                            }
                                            else {
                                                vErrors.push(err164);
                                            }
                                            errors++;
                                        }
                                        var valid50 = _errs216 === errors;
                                    }
                                    if (data98.annotator !== undefined) {
                                        let data101 = data98.annotator;
                                        const _errs218 = errors;
                                        if (typeof data101 !== "string") {
                                            const err165 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/annotator", schemaPath: "#/properties/files/items/properties/annotations/items/properties/annotator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err165];
                                            }
                                            else {
                                                vErrors.push(err165);
                                            }
                                            errors++;
                                        }
                                        const _errs219 = errors;
                                        var valid50 = _errs218 === errors;
                                    }
                                    if (data98.comment !== undefined) {
                                        let data102 = data98.comment;
                                        const _errs220 = errors;
                                        if (typeof data102 !== "string") {
                                            const err166 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/comment", schemaPath: "#/properties/files/items/properties/annotations/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err166];
                                            }
                                            else {
                                                vErrors.push(err166);
                                            }
                                            errors++;
                                        }
                                        const _errs221 = errors;
                                        var valid50 = _errs220 === errors;
                                    }
                                }
                                else {
                                    const err167 = { instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err167];
                                    }
                                    else {
                                        vErrors.push(err167);
                                    }
                                    errors++;
                                }
                                var valid48 = _errs211 === errors;
                                if (!valid48) {
                                    valid49 = false;
                                }
                            }
                        }
                        else {
                            const err168 = { instancePath: instancePath + "/files/" + i16 + "/annotations", schemaPath: "#/properties/files/items/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err168];
                            }
                            else {
                                vErrors.push(err168);
                            }
                            errors++;
                        }
                        var valid47 = _errs209 === errors;
                    }
                    if (data95.artifactOfs !== undefined) {
                        let data103 = data95.artifactOfs;
                        const _errs222 = errors;
                        const _errs223 = errors;
                        if (Array.isArray(data103)) {
                            let valid52 = true;
                            const len18 = data103.length;
                            for (let i18 = 0; i18 < len18; i18++) {
                                let data104 = data103[i18];
                                const _errs224 = errors;
                                if (!(data104 && typeof data104 == "object" && !Array.isArray(data104))) {
                                    const err169 = { instancePath: instancePath + "/files/" + i16 + "/artifactOfs/" + i18, schemaPath: "#/properties/files/items/properties/artifactOfs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err169];
                                    }
                                    else {
                                        vErrors.push(err169);
                                    }
                                    errors++;
                                }
                                const _errs225 = errors;
                                var valid51 = _errs224 === errors;
                                if (!valid51) {
                                    valid52 = false;
                                }
                            }
                        }
                        else {
                            const err170 = { instancePath: instancePath + "/files/" + i16 + "/artifactOfs", schemaPath: "#/properties/files/items/properties/artifactOfs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err170];
                            }
                            else {
                                vErrors.push(err170);
                            }
                            errors++;
                        }
                        var valid47 = _errs222 === errors;
                    }
                    if (data95.attributionTexts !== undefined) {
                        let data105 = data95.attributionTexts;
                        const _errs226 = errors;
                        const _errs227 = errors;
                        if (Array.isArray(data105)) {
                            let valid54 = true;
                            const len19 = data105.length;
                            for (let i19 = 0; i19 < len19; i19++) {
                                let data106 = data105[i19];
                                const _errs228 = errors;
                                if (typeof data106 !== "string") {
                                    const err171 = { instancePath: instancePath + "/files/" + i16 + "/attributionTexts/" + i19, schemaPath: "#/properties/files/items/properties/attributionTexts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err171];
                                    }
                                    else {
                                        vErrors.push(err171);
                                    }
                                    errors++;
                                }
                                const _errs229 = errors;
                                var valid53 = _errs228 === errors;
                                if (!valid53) {
                                    valid54 = false;
                                }
                            }
                        }
                        else {
                            const err172 = { instancePath: instancePath + "/files/" + i16 + "/attributionTexts", schemaPath: "#/properties/files/items/properties/attributionTexts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err172];
                            }
                            else {
                                vErrors.push(err172);
                            }
                            errors++;
                        }
                        var valid47 = _errs226 === errors;
                    }
                    if (data95.checksums !== undefined) {
                        let data107 = data95.checksums;
                        const _errs230 = errors;
                        const _errs231 = errors;
                        if (Array.isArray(data107)) {
                            if (data107.length < 1) {
                                const err173 = { instancePath: instancePath + "/files/" + i16 + "/checksums", schemaPath: "#/properties/files/items/properties/checksums/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                    vErrors = [err173];
                                }
                                else {
                                    vErrors.push(err173);
                                }
                                errors++;
                            }
                            let valid56 = true;
                            const len20 = data107.length;
                            for (let i20 = 0; i20 < len20; i20++) {
                                let data108 = data107[i20];
                                const _errs232 = errors;
                                const _errs233 = errors;
                                if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
                                    if (data108.algorithm === undefined) {
                                        const err174 = { instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20, schemaPath: "#/properties/files/items/properties/checksums/items/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property '" + "algorithm" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err174];
                                        }
                                        else {
                                            vErrors.push(err174);
                                        }
                                        errors++;
                                    }
                                    if (data108.checksumValue === undefined) {
                                        const err175 = { instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20, schemaPath: "#/properties/files/items/properties/checksums/items/required", keyword: "required", params: { missingProperty: "checksumValue" }, message: "must have required property '" + "checksumValue" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err175];
                                        }
                                        else {
                                            vErrors.push(err175);
                                        }
                                        errors++;
                                    }
                                    const _errs234 = errors;
                                    for (const key15 in data108) {
                                        if (!((key15 === "algorithm") || (key15 === "checksumValue"))) {
                                            const err176 = { instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20, schemaPath: "#/properties/files/items/properties/checksums/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err176];
                                            }
                                            else {
                                                vErrors.push(err176);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data108.algorithm !== undefined) {
                                        let data109 = data108.algorithm;
                                        const _errs235 = errors;
                                        if (typeof data109 !== "string") {
                                            const err177 = { instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20 + "/algorithm", schemaPath: "#/properties/files/items/properties/checksums/items/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err177];
                                            }
                                            else {
                                                vErrors.push(err177);
                                            }
                                            errors++;
                                        }
                                        const _errs236 = errors;
                                        const vSchema6 = schema6.properties.files.items.properties.checksums.items.properties.algorithm.enum;
                                        if (!(((((((((data109 === "SHA256") || (data109 === "SHA1")) || (data109 === "SHA384")) || (data109 === "MD2")) || (data109 === "MD4")) || (data109 === "SHA512")) || (data109 === "MD6")) || (data109 === "MD5")) || (data109 === "SHA224"))) {
                                            const err178 = { instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20 + "/algorithm", schemaPath: "#/properties/files/items/properties/checksums/items/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema6.properties.files.items.properties.checksums.items.properties.algorithm.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                                vErrors = [err178];
                                            }
                                            else {
                                                vErrors.push(err178);
                                            }
                                            errors++;
                                        }
                                        var valid57 = _errs235 === errors;
                                    }
                                    if (data108.checksumValue !== undefined) {
                                        let data110 = data108.checksumValue;
                                        const _errs237 = errors;
                                        if (typeof data110 !== "string") {
                                            const err179 = { instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20 + "/checksumValue", schemaPath: "#/properties/files/items/properties/checksums/items/properties/checksumValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err179];
                                            }
                                            else {
                                                vErrors.push(err179);
                                            }
                                            errors++;
                                        }
                                        const _errs238 = errors;
                                        var valid57 = _errs237 === errors;
                                    }
                                }
                                else {
                                    const err180 = { instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20, schemaPath: "#/properties/files/items/properties/checksums/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err180];
                                    }
                                    else {
                                        vErrors.push(err180);
                                    }
                                    errors++;
                                }
                                var valid55 = _errs232 === errors;
                                if (!valid55) {
                                    valid56 = false;
                                }
                            }
                        }
                        else {
                            const err181 = { instancePath: instancePath + "/files/" + i16 + "/checksums", schemaPath: "#/properties/files/items/properties/checksums/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err181];
                            }
                            else {
                                vErrors.push(err181);
                            }
                            errors++;
                        }
                        var valid47 = _errs230 === errors;
                    }
                    if (data95.comment !== undefined) {
                        let data111 = data95.comment;
                        const _errs239 = errors;
                        if (typeof data111 !== "string") {
                            const err182 = { instancePath: instancePath + "/files/" + i16 + "/comment", schemaPath: "#/properties/files/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err182];
                            }
                            else {
                                vErrors.push(err182);
                            }
                            errors++;
                        }
                        const _errs240 = errors;
                        var valid47 = _errs239 === errors;
                    }
                    if (data95.copyrightText !== undefined) {
                        let data112 = data95.copyrightText;
                        const _errs241 = errors;
                        if (typeof data112 !== "string") {
                            const err183 = { instancePath: instancePath + "/files/" + i16 + "/copyrightText", schemaPath: "#/properties/files/items/properties/copyrightText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err183];
                            }
                            else {
                                vErrors.push(err183);
                            }
                            errors++;
                        }
                        const _errs242 = errors;
                        var valid47 = _errs241 === errors;
                    }
                    if (data95.fileContributors !== undefined) {
                        let data113 = data95.fileContributors;
                        const _errs243 = errors;
                        const _errs244 = errors;
                        if (Array.isArray(data113)) {
                            let valid59 = true;
                            const len21 = data113.length;
                            for (let i21 = 0; i21 < len21; i21++) {
                                let data114 = data113[i21];
                                const _errs245 = errors;
                                if (typeof data114 !== "string") {
                                    const err184 = { instancePath: instancePath + "/files/" + i16 + "/fileContributors/" + i21, schemaPath: "#/properties/files/items/properties/fileContributors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err184];
                                    }
                                    else {
                                        vErrors.push(err184);
                                    }
                                    errors++;
                                }
                                const _errs246 = errors;
                                var valid58 = _errs245 === errors;
                                if (!valid58) {
                                    valid59 = false;
                                }
                            }
                        }
                        else {
                            const err185 = { instancePath: instancePath + "/files/" + i16 + "/fileContributors", schemaPath: "#/properties/files/items/properties/fileContributors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err185];
                            }
                            else {
                                vErrors.push(err185);
                            }
                            errors++;
                        }
                        var valid47 = _errs243 === errors;
                    }
                    if (data95.fileDependencies !== undefined) {
                        let data115 = data95.fileDependencies;
                        const _errs247 = errors;
                        const _errs248 = errors;
                        if (Array.isArray(data115)) {
                            let valid61 = true;
                            const len22 = data115.length;
                            for (let i22 = 0; i22 < len22; i22++) {
                                let data116 = data115[i22];
                                const _errs249 = errors;
                                if (typeof data116 !== "string") {
                                    const err186 = { instancePath: instancePath + "/files/" + i16 + "/fileDependencies/" + i22, schemaPath: "#/properties/files/items/properties/fileDependencies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err186];
                                    }
                                    else {
                                        vErrors.push(err186);
                                    }
                                    errors++;
                                }
                                const _errs250 = errors;
                                var valid60 = _errs249 === errors;
                                if (!valid60) {
                                    valid61 = false;
                                }
                            }
                        }
                        else {
                            const err187 = { instancePath: instancePath + "/files/" + i16 + "/fileDependencies", schemaPath: "#/properties/files/items/properties/fileDependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err187];
                            }
                            else {
                                vErrors.push(err187);
                            }
                            errors++;
                        }
                        var valid47 = _errs247 === errors;
                    }
                    if (data95.fileName !== undefined) {
                        let data117 = data95.fileName;
                        const _errs251 = errors;
                        if (typeof data117 !== "string") {
                            const err188 = { instancePath: instancePath + "/files/" + i16 + "/fileName", schemaPath: "#/properties/files/items/properties/fileName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err188];
                            }
                            else {
                                vErrors.push(err188);
                            }
                            errors++;
                        }
                        const _errs252 = errors;
                        var valid47 = _errs251 === errors;
                    }
                    if (data95.fileTypes !== undefined) {
                        let data118 = data95.fileTypes;
                        const _errs253 = errors;
                        const _errs254 = errors;
                        if (Array.isArray(data118)) {
                            let valid63 = true;
                            const len23 = data118.length;
                            for (let i23 = 0; i23 < len23; i23++) {
                                let data119 = data118[i23];
                                const _errs255 = errors;
                                if (typeof data119 !== "string") {
                                    const err189 = { instancePath: instancePath + "/files/" + i16 + "/fileTypes/" + i23, schemaPath: "#/properties/files/items/properties/fileTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err189];
                                    }
                                    else {
                                        vErrors.push(err189);
                                    }
                                    errors++;
                                }
                                const _errs256 = errors;
                                const vSchema7 = schema6.properties.files.items.properties.fileTypes.items.enum;
                                if (!(((((((((((data119 === "OTHER") || (data119 === "DOCUMENTATION")) || (data119 === "IMAGE")) || (data119 === "VIDEO")) || (data119 === "ARCHIVE")) || (data119 === "SPDX")) || (data119 === "APPLICATION")) || (data119 === "SOURCE")) || (data119 === "BINARY")) || (data119 === "TEXT")) || (data119 === "AUDIO"))) {
                                    const err190 = { instancePath: instancePath + "/files/" + i16 + "/fileTypes/" + i23, schemaPath: "#/properties/files/items/properties/fileTypes/items/enum", keyword: "enum", params: { allowedValues: schema6.properties.files.items.properties.fileTypes.items.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err190];
                                    }
                                    else {
                                        vErrors.push(err190);
                                    }
                                    errors++;
                                }
                                var valid62 = _errs255 === errors;
                                if (!valid62) {
                                    valid63 = false;
                                }
                            }
                        }
                        else {
                            const err191 = { instancePath: instancePath + "/files/" + i16 + "/fileTypes", schemaPath: "#/properties/files/items/properties/fileTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err191];
                            }
                            else {
                                vErrors.push(err191);
                            }
                            errors++;
                        }
                        var valid47 = _errs253 === errors;
                    }
                    if (data95.licenseComments !== undefined) {
                        let data120 = data95.licenseComments;
                        const _errs257 = errors;
                        if (typeof data120 !== "string") {
                            const err192 = { instancePath: instancePath + "/files/" + i16 + "/licenseComments", schemaPath: "#/properties/files/items/properties/licenseComments/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err192];
                            }
                            else {
                                vErrors.push(err192);
                            }
                            errors++;
                        }
                        const _errs258 = errors;
                        var valid47 = _errs257 === errors;
                    }
                    if (data95.licenseConcluded !== undefined) {
                        let data121 = data95.licenseConcluded;
                        const _errs259 = errors;
                        if (typeof data121 !== "string") {
                            const err193 = { instancePath: instancePath + "/files/" + i16 + "/licenseConcluded", schemaPath: "#/properties/files/items/properties/licenseConcluded/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err193];
                            }
                            else {
                                vErrors.push(err193);
                            }
                            errors++;
                        }
                        const _errs260 = errors;
                        var valid47 = _errs259 === errors;
                    }
                    if (data95.licenseInfoInFiles !== undefined) {
                        let data122 = data95.licenseInfoInFiles;
                        const _errs261 = errors;
                        const _errs262 = errors;
                        if (Array.isArray(data122)) {
                            if (data122.length < 1) {
                                const err194 = { instancePath: instancePath + "/files/" + i16 + "/licenseInfoInFiles", schemaPath: "#/properties/files/items/properties/licenseInfoInFiles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                    vErrors = [err194];
                                }
                                else {
                                    vErrors.push(err194);
                                }
                                errors++;
                            }
                            let valid65 = true;
                            const len24 = data122.length;
                            for (let i24 = 0; i24 < len24; i24++) {
                                let data123 = data122[i24];
                                const _errs263 = errors;
                                if (typeof data123 !== "string") {
                                    const err195 = { instancePath: instancePath + "/files/" + i16 + "/licenseInfoInFiles/" + i24, schemaPath: "#/properties/files/items/properties/licenseInfoInFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err195];
                                    }
                                    else {
                                        vErrors.push(err195);
                                    }
                                    errors++;
                                }
                                const _errs264 = errors;
                                var valid64 = _errs263 === errors;
                                if (!valid64) {
                                    valid65 = false;
                                }
                            }
                        }
                        else {
                            const err196 = { instancePath: instancePath + "/files/" + i16 + "/licenseInfoInFiles", schemaPath: "#/properties/files/items/properties/licenseInfoInFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err196];
                            }
                            else {
                                vErrors.push(err196);
                            }
                            errors++;
                        }
                        var valid47 = _errs261 === errors;
                    }
                    if (data95.noticeText !== undefined) {
                        let data124 = data95.noticeText;
                        const _errs265 = errors;
                        if (typeof data124 !== "string") {
                            const err197 = { instancePath: instancePath + "/files/" + i16 + "/noticeText", schemaPath: "#/properties/files/items/properties/noticeText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err197];
                            }
                            else {
                                vErrors.push(err197);
                            }
                            errors++;
                        }
                        const _errs266 = errors;
                        var valid47 = _errs265 === errors;
                    }
                }
                else {
                    const err198 = { instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err198];
                    }
                    else {
                        vErrors.push(err198);
                    }
                    errors++;
                }
                var valid45 = _errs204 === errors;
                if (!valid45) {
                    valid46 = false;
                }
            }
        }
        else {
            const err199 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err199];
            }
            else {
                vErrors.push(err199);
            }
            errors++;
        }
        var valid0 = _errs202 === errors;
    }
    if (data.snippets !== undefined) {
        let data125 = data.snippets;
        const _errs267 = errors;
        const _errs268 = errors;
        if (Array.isArray(data125)) {
            let valid67 = true;
            const len25 = data125.length;
            for (let i25 = 0; i25 < len25; i25++) {
                let data126 = data125[i25];
                const _errs269 = errors;
                const _errs270 = errors;
                if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                    if (data126.SPDXID === undefined) {
                        const err200 = { instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/required", keyword: "required", params: { missingProperty: "SPDXID" }, message: "must have required property '" + "SPDXID" + "'" };
                        if (vErrors === null) {
                            vErrors = [err200];
                        }
                        else {
                            vErrors.push(err200);
                        }
                        errors++;
                    }
                    if (data126.copyrightText === undefined) {
                        const err201 = { instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/required", keyword: "required", params: { missingProperty: "copyrightText" }, message: "must have required property '" + "copyrightText" + "'" };
                        if (vErrors === null) {
                            vErrors = [err201];
                        }
                        else {
                            vErrors.push(err201);
                        }
                        errors++;
                    }
                    if (data126.licenseConcluded === undefined) {
                        const err202 = { instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/required", keyword: "required", params: { missingProperty: "licenseConcluded" }, message: "must have required property '" + "licenseConcluded" + "'" };
                        if (vErrors === null) {
                            vErrors = [err202];
                        }
                        else {
                            vErrors.push(err202);
                        }
                        errors++;
                    }
                    if (data126.name === undefined) {
                        const err203 = { instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                        if (vErrors === null) {
                            vErrors = [err203];
                        }
                        else {
                            vErrors.push(err203);
                        }
                        errors++;
                    }
                    if (data126.ranges === undefined) {
                        const err204 = { instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/required", keyword: "required", params: { missingProperty: "ranges" }, message: "must have required property '" + "ranges" + "'" };
                        if (vErrors === null) {
                            vErrors = [err204];
                        }
                        else {
                            vErrors.push(err204);
                        }
                        errors++;
                    }
                    if (data126.snippetFromFile === undefined) {
                        const err205 = { instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/required", keyword: "required", params: { missingProperty: "snippetFromFile" }, message: "must have required property '" + "snippetFromFile" + "'" };
                        if (vErrors === null) {
                            vErrors = [err205];
                        }
                        else {
                            vErrors.push(err205);
                        }
                        errors++;
                    }
                    const _errs271 = errors;
                    for (const key16 in data126) {
                        if (!(func2.call(schema6.properties.snippets.items.properties, key16))) {
                            const err206 = { instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err206];
                            }
                            else {
                                vErrors.push(err206);
                            }
                            errors++;
                        }
                    }
                    if (data126.SPDXID !== undefined) {
                        let data127 = data126.SPDXID;
                        const _errs272 = errors;
                        if (typeof data127 !== "string") {
                            const err207 = { instancePath: instancePath + "/snippets/" + i25 + "/SPDXID", schemaPath: "#/properties/snippets/items/properties/SPDXID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err207];
                            }
                            else {
                                vErrors.push(err207);
                            }
                            errors++;
                        }
                        const _errs273 = errors;
                        var valid68 = _errs272 === errors;
                    }
                    if (data126.annotations !== undefined) {
                        let data128 = data126.annotations;
                        const _errs274 = errors;
                        const _errs275 = errors;
                        if (Array.isArray(data128)) {
                            let valid70 = true;
                            const len26 = data128.length;
                            for (let i26 = 0; i26 < len26; i26++) {
                                let data129 = data128[i26];
                                const _errs276 = errors;
                                const _errs277 = errors;
                                if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
                                    if (data129.annotationDate === undefined) {
                                        const err208 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotationDate" }, message: "must have required property '" + "annotationDate" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err208];
                                        }
                                        else {
                                            vErrors.push(err208);
                                        }
                                        errors++;
                                    }
                                    if (data129.annotationType === undefined) {
                                        const err209 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotationType" }, message: "must have required property '" + "annotationType" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err209];
                                        }
                                        else {
                                            vErrors.push(err209);
                                        }
                                        errors++;
                                    }
                                    if (data129.annotator === undefined) {
                                        const err210 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "annotator" }, message: "must have required property '" + "annotator" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err210];
                                        }
                                        else {
                                            vErrors.push(err210);
                                        }
                                        errors++;
                                    }
                                    if (data129.comment === undefined) {
                                        const err211 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property '" + "comment" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err211];
                                        }
                                        else {
                                            vErrors.push(err211);
                                        }
                                        errors++;
                                    }
                                    const _errs278 = errors;
                                    for (const key17 in data129) {
                                        if (!((((key17 === "annotationDate") || (key17 === "annotationType")) || (key17 === "annotator")) || (key17 === "comment"))) {
                                            const err212 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err212];
                                            }
                                            else {
                                                vErrors.push(err212);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data129.annotationDate !== undefined) {
                                        let data130 = data129.annotationDate;
                                        const _errs279 = errors;
                                        if (typeof data130 !== "string") {
                                            const err213 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/annotationDate", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/annotationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err213];
                                            }
                                            else {
                                                vErrors.push(err213);
                                            }
                                            errors++;
                                        }
                                        const _errs280 = errors;
                                        var valid71 = _errs279 === errors;
                                    }
                                    if (data129.annotationType !== undefined) {
                                        let data131 = data129.annotationType;
                                        const _errs281 = errors;
                                        if (typeof data131 !== "string") {
                                            const err214 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/annotationType", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/annotationType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err214];
                                            }
                                            else {
                                                vErrors.push(err214);
                                            }
                                            errors++;
                                        }
                                        const _errs282 = errors;
                                        const vSchema8 = schema6.properties.snippets.items.properties.annotations.items.properties.annotationType.enum;
                                        if (!((data131 === "OTHER") || (data131 === "REVIEW"))) {
                                            const err215 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/annotationType", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/annotationType/enum", keyword: "enum", params: { allowedValues: schema6.properties.snippets.items.properties.annotations.items.properties.annotationType.enum }, message: "must be equal to one of the allowed values" };
                                            if (vErrors === null) {
                                                vErrors = [err215];
                                            }
                                            else {
                                                vErrors.push(err215);
                                            }
                                            errors++;
                                        }
                                        var valid71 = _errs281 === errors;
                                    }
                                    if (data129.annotator !== undefined) {
                                        let data132 = data129.annotator;
                                        const _errs283 = errors;
                                        if (typeof data132 !== "string") {
                                            const err216 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/annotator", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/annotator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err216];
                                            }
                                            else {
                                                vErrors.push(err216);
                                            }
                                            errors++;
                                        }
                                        const _errs284 = errors;
                                        var valid71 = _errs283 === errors;
                                    }
                                    if (data129.comment !== undefined) {
                                        let data133 = data129.comment;
                                        const _errs285 = errors;
                                        if (typeof data133 !== "string") {
                                            const err217 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/comment", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err217];
                                            }
                                            else {
                                                vErrors.push(err217);
                                            }
                                            errors++;
                                        }
                                        const _errs286 = errors;
                                        var valid71 = _errs285 === errors;
                                    }
                                }
                                else {
                                    const err218 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err218];
                                    }
                                    else {
                                        vErrors.push(err218);
                                    }
                                    errors++;
                                }
                                var valid69 = _errs276 === errors;
                                if (!valid69) {
                                    valid70 = false;
                                }
                            }
                        }
                        else {
                            const err219 = { instancePath: instancePath + "/snippets/" + i25 + "/annotations", schemaPath: "#/properties/snippets/items/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err219];
                            }
                            else {
                                vErrors.push(err219);
                            }
                            errors++;
                        }
                        var valid68 = _errs274 === errors;
                    }
                    if (data126.attributionTexts !== undefined) {
                        let data134 = data126.attributionTexts;
                        const _errs287 = errors;
                        const _errs288 = errors;
                        if (Array.isArray(data134)) {
                            let valid73 = true;
                            const len27 = data134.length;
                            for (let i27 = 0; i27 < len27; i27++) {
                                let data135 = data134[i27];
                                const _errs289 = errors;
                                if (typeof data135 !== "string") {
                                    const err220 = { instancePath: instancePath + "/snippets/" + i25 + "/attributionTexts/" + i27, schemaPath: "#/properties/snippets/items/properties/attributionTexts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err220];
                                    }
                                    else {
                                        vErrors.push(err220);
                                    }
                                    errors++;
                                }
                                const _errs290 = errors;
                                var valid72 = _errs289 === errors;
                                if (!valid72) {
                                    valid73 = false;
                                }
                            }
                        }
                        else {
                            const err221 = { instancePath: instancePath + "/snippets/" + i25 + "/attributionTexts", schemaPath: "#/properties/snippets/items/properties/attributionTexts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err221];
                            }
                            else {
                                vErrors.push(err221);
                            }
                            errors++;
                        }
                        var valid68 = _errs287 === errors;
                    }
                    if (data126.comment !== undefined) {
                        let data136 = data126.comment;
                        const _errs291 = errors;
                        if (typeof data136 !== "string") {
                            const err222 = { instancePath: instancePath + "/snippets/" + i25 + "/comment", schemaPath: "#/properties/snippets/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err222];
                            }
                            else {
                                vErrors.push(err222);
                            }
                            errors++;
                        }
                        const _errs292 = errors;
                        var valid68 = _errs291 === errors;
                    }
                    if (data126.copyrightText !== undefined) {
                        let data137 = data126.copyrightText;
                        const _errs293 = errors;
                        if (typeof data137 !== "string") {
                            const err223 = { instancePath: instancePath + "/snippets/" + i25 + "/copyrightText", schemaPath: "#/properties/snippets/items/properties/copyrightText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err223];
                            }
                            else {
                                vErrors.push(err223);
                            }
                            errors++;
                        }
                        const _errs294 = errors;
                        var valid68 = _errs293 === errors;
                    }
                    if (data126.licenseComments !== undefined) {
                        let data138 = data126.licenseComments;
                        const _errs295 = errors;
                        if (typeof data138 !== "string") {
                            const err224 = { instancePath: instancePath + "/snippets/" + i25 + "/licenseComments", schemaPath: "#/properties/snippets/items/properties/licenseComments/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err224];
                            }
                            else {
                                vErrors.push(err224);
                            }
                            errors++;
                        }
                        const _errs296 = errors;
                        var valid68 = _errs295 === errors;
                    }
                    if (data126.licenseConcluded !== undefined) {
                        let data139 = data126.licenseConcluded;
                        const _errs297 = errors;
                        if (typeof data139 !== "string") {
                            const err225 = { instancePath: instancePath + "/snippets/" + i25 + "/licenseConcluded", schemaPath: "#/properties/snippets/items/properties/licenseConcluded/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err225];
                            }
                            else {
                                vErrors.push(err225);
                            }
                            errors++;
                        }
                        const _errs298 = errors;
                        var valid68 = _errs297 === errors;
                    }
                    if (data126.licenseInfoInSnippets !== undefined) {
                        let data140 = data126.licenseInfoInSnippets;
                        const _errs299 = errors;
                        const _errs300 = errors;
                        if (Array.isArray(data140)) {
                            let valid75 = true;
                            const len28 = data140.length;
                            for (let i28 = 0; i28 < len28; i28++) {
                                let data141 = data140[i28];
                                const _errs301 = errors;
                                if (typeof data141 !== "string") {
                                    const err226 = { instancePath: instancePath + "/snippets/" + i25 + "/licenseInfoInSnippets/" + i28, schemaPath: "#/properties/snippets/items/properties/licenseInfoInSnippets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err226];
                                    }
                                    else {
                                        vErrors.push(err226);
                                    }
                                    errors++;
                                }
                                const _errs302 = errors;
                                var valid74 = _errs301 === errors;
                                if (!valid74) {
                                    valid75 = false;
                                }
                            }
                        }
                        else {
                            const err227 = { instancePath: instancePath + "/snippets/" + i25 + "/licenseInfoInSnippets", schemaPath: "#/properties/snippets/items/properties/licenseInfoInSnippets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err227];
                            }
                            else {
                                vErrors.push(err227);
                            }
                            errors++;
                        }
                        var valid68 = _errs299 === errors;
                    }
                    if (data126.name !== undefined) {
                        let data142 = data126.name;
                        const _errs303 = errors;
                        if (typeof data142 !== "string") {
                            const err228 = { instancePath: instancePath + "/snippets/" + i25 + "/name", schemaPath: "#/properties/snippets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err228];
                            }
                            else {
                                vErrors.push(err228);
                            }
                            errors++;
                        }
                        const _errs304 = errors;
                        var valid68 = _errs303 === errors;
                    }
                    if (data126.ranges !== undefined) {
                        let data143 = data126.ranges;
                        const _errs305 = errors;
                        const _errs306 = errors;
                        if (Array.isArray(data143)) {
                            if (data143.length < 1) {
                                const err229 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges", schemaPath: "#/properties/snippets/items/properties/ranges/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                if (vErrors === null) {
                                    vErrors = [err229];
                                }
                                else {
                                    vErrors.push(err229);
                                }
                                errors++;
                            }
                            let valid77 = true;
                            const len29 = data143.length;
                            for (let i29 = 0; i29 < len29; i29++) {
                                let data144 = data143[i29];
                                const _errs307 = errors;
                                const _errs308 = errors;
                                if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                                    if (data144.endPointer === undefined) {
                                        const err230 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29, schemaPath: "#/properties/snippets/items/properties/ranges/items/required", keyword: "required", params: { missingProperty: "endPointer" }, message: "must have required property '" + "endPointer" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err230];
                                        }
                                        else {
                                            vErrors.push(err230);
                                        }
                                        errors++;
                                    }
                                    if (data144.startPointer === undefined) {
                                        const err231 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29, schemaPath: "#/properties/snippets/items/properties/ranges/items/required", keyword: "required", params: { missingProperty: "startPointer" }, message: "must have required property '" + "startPointer" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err231];
                                        }
                                        else {
                                            vErrors.push(err231);
                                        }
                                        errors++;
                                    }
                                    const _errs309 = errors;
                                    for (const key18 in data144) {
                                        if (!((key18 === "endPointer") || (key18 === "startPointer"))) {
                                            const err232 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29, schemaPath: "#/properties/snippets/items/properties/ranges/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err232];
                                            }
                                            else {
                                                vErrors.push(err232);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data144.endPointer !== undefined) {
                                        let data145 = data144.endPointer;
                                        const _errs310 = errors;
                                        const _errs311 = errors;
                                        if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
                                            if (data145.reference === undefined) {
                                                const err233 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property '" + "reference" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err233];
                                                }
                                                else {
                                                    vErrors.push(err233);
                                                }
                                                errors++;
                                            }
                                            const _errs312 = errors;
                                            for (const key19 in data145) {
                                                if (!(((key19 === "reference") || (key19 === "offset")) || (key19 === "lineNumber"))) {
                                                    const err234 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                        vErrors = [err234];
                                                    }
                                                    else {
                                                        vErrors.push(err234);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data145.reference !== undefined) {
                                                let data146 = data145.reference;
                                                const _errs313 = errors;
                                                if (typeof data146 !== "string") {
                                                    const err235 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer/reference", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err235];
                                                    }
                                                    else {
                                                        vErrors.push(err235);
                                                    }
                                                    errors++;
                                                }
                                                const _errs314 = errors;
                                                var valid79 = _errs313 === errors;
                                            }
                                            if (data145.offset !== undefined) {
                                                let data147 = data145.offset;
                                                const _errs315 = errors;
                                                if (!((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147)))) {
                                                    const err236 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer/offset", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    if (vErrors === null) {
                                                        vErrors = [err236];
                                                    }
                                                    else {
                                                        vErrors.push(err236);
                                                    }
                                                    errors++;
                                                }
                                                const _errs316 = errors;
                                                var valid79 = _errs315 === errors;
                                            }
                                            if (data145.lineNumber !== undefined) {
                                                let data148 = data145.lineNumber;
                                                const _errs317 = errors;
                                                if (!((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148)))) {
                                                    const err237 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer/lineNumber", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/properties/lineNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    if (vErrors === null) {
                                                        vErrors = [err237];
                                                    }
                                                    else {
                                                        vErrors.push(err237);
                                                    }
                                                    errors++;
                                                }
                                                const _errs318 = errors;
                                                var valid79 = _errs317 === errors;
                                            }
                                        }
                                        else {
                                            const err238 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err238];
                                            }
                                            else {
                                                vErrors.push(err238);
                                            }
                                            errors++;
                                        }
                                        var valid78 = _errs310 === errors;
                                    }
                                    if (data144.startPointer !== undefined) {
                                        let data149 = data144.startPointer;
                                        const _errs319 = errors;
                                        const _errs320 = errors;
                                        if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                            if (data149.reference === undefined) {
                                                const err239 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property '" + "reference" + "'" };
                                                if (vErrors === null) {
                                                    vErrors = [err239];
                                                }
                                                else {
                                                    vErrors.push(err239);
                                                }
                                                errors++;
                                            }
                                            const _errs321 = errors;
                                            for (const key20 in data149) {
                                                if (!(((key20 === "reference") || (key20 === "offset")) || (key20 === "lineNumber"))) {
                                                    const err240 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                        vErrors = [err240];
                                                    }
                                                    else {
                                                        vErrors.push(err240);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data149.reference !== undefined) {
                                                let data150 = data149.reference;
                                                const _errs322 = errors;
                                                if (typeof data150 !== "string") {
                                                    const err241 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer/reference", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err241];
                                                    }
                                                    else {
                                                        vErrors.push(err241);
                                                    }
                                                    errors++;
                                                }
                                                const _errs323 = errors;
                                                var valid80 = _errs322 === errors;
                                            }
                                            if (data149.offset !== undefined) {
                                                let data151 = data149.offset;
                                                const _errs324 = errors;
                                                if (!((typeof data151 == "number") && (!(data151 % 1) && !isNaN(data151)))) {
                                                    const err242 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer/offset", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    if (vErrors === null) {
                                                        vErrors = [err242];
                                                    }
                                                    else {
                                                        vErrors.push(err242);
                                                    }
                                                    errors++;
                                                }
                                                const _errs325 = errors;
                                                var valid80 = _errs324 === errors;
                                            }
                                            if (data149.lineNumber !== undefined) {
                                                let data152 = data149.lineNumber;
                                                const _errs326 = errors;
                                                if (!((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152)))) {
                                                    const err243 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer/lineNumber", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/properties/lineNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    if (vErrors === null) {
                                                        vErrors = [err243];
                                                    }
                                                    else {
                                                        vErrors.push(err243);
                                                    }
                                                    errors++;
                                                }
                                                const _errs327 = errors;
                                                var valid80 = _errs326 === errors;
                                            }
                                        }
                                        else {
                                            const err244 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                                vErrors = [err244];
                                            }
                                            else {
                                                vErrors.push(err244);
                                            }
                                            errors++;
                                        }
                                        var valid78 = _errs319 === errors;
                                    }
                                }
                                else {
                                    const err245 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29, schemaPath: "#/properties/snippets/items/properties/ranges/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err245];
                                    }
                                    else {
                                        vErrors.push(err245);
                                    }
                                    errors++;
                                }
                                var valid76 = _errs307 === errors;
                                if (!valid76) {
                                    valid77 = false;
                                }
                            }
                        }
                        else {
                            const err246 = { instancePath: instancePath + "/snippets/" + i25 + "/ranges", schemaPath: "#/properties/snippets/items/properties/ranges/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err246];
                            }
                            else {
                                vErrors.push(err246);
                            }
                            errors++;
                        }
                        var valid68 = _errs305 === errors;
                    }
                    if (data126.snippetFromFile !== undefined) {
                        let data153 = data126.snippetFromFile;
                        const _errs328 = errors;
                        if (typeof data153 !== "string") {
                            const err247 = { instancePath: instancePath + "/snippets/" + i25 + "/snippetFromFile", schemaPath: "#/properties/snippets/items/properties/snippetFromFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err247];
                            }
                            else {
                                vErrors.push(err247);
                            }
                            errors++;
                        }
                        const _errs329 = errors;
                        var valid68 = _errs328 === errors;
                    }
                }
                else {
                    const err248 = { instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err248];
                    }
                    else {
                        vErrors.push(err248);
                    }
                    errors++;
                }
                var valid66 = _errs269 === errors;
                if (!valid66) {
                    valid67 = false;
                }
            }
        }
        else {
            const err249 = { instancePath: instancePath + "/snippets", schemaPath: "#/properties/snippets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err249];
            }
            else {
                vErrors.push(err249);
            }
            errors++;
        }
        var valid0 = _errs267 === errors;
    }
    if (data.relationships !== undefined) {
        let data154 = data.relationships;
        const _errs330 = errors;
        const _errs331 = errors;
        if (Array.isArray(data154)) {
            let valid82 = true;
            const len30 = data154.length;
            for (let i30 = 0; i30 < len30; i30++) {
                let data155 = data154[i30];
                const _errs332 = errors;
                const _errs333 = errors;
                if (data155 && typeof data155 == "object" && !Array.isArray(data155)) {
                    if (data155.spdxElementId === undefined) {
                        const err250 = { instancePath: instancePath + "/relationships/" + i30, schemaPath: "#/properties/relationships/items/required", keyword: "required", params: { missingProperty: "spdxElementId" }, message: "must have required property '" + "spdxElementId" + "'" };
                        if (vErrors === null) {
                            vErrors = [err250];
                        }
                        else {
                            vErrors.push(err250);
                        }
                        errors++;
                    }
                    if (data155.relatedSpdxElement === undefined) {
                        const err251 = { instancePath: instancePath + "/relationships/" + i30, schemaPath: "#/properties/relationships/items/required", keyword: "required", params: { missingProperty: "relatedSpdxElement" }, message: "must have required property '" + "relatedSpdxElement" + "'" };
                        if (vErrors === null) {
                            vErrors = [err251];
                        }
                        else {
                            vErrors.push(err251);
                        }
                        errors++;
                    }
                    if (data155.relationshipType === undefined) {
                        const err252 = { instancePath: instancePath + "/relationships/" + i30, schemaPath: "#/properties/relationships/items/required", keyword: "required", params: { missingProperty: "relationshipType" }, message: "must have required property '" + "relationshipType" + "'" };
                        if (vErrors === null) {
                            vErrors = [err252];
                        }
                        else {
                            vErrors.push(err252);
                        }
                        errors++;
                    }
                    const _errs334 = errors;
                    for (const key21 in data155) {
                        if (!((((key21 === "spdxElementId") || (key21 === "comment")) || (key21 === "relatedSpdxElement")) || (key21 === "relationshipType"))) {
                            const err253 = { instancePath: instancePath + "/relationships/" + i30, schemaPath: "#/properties/relationships/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err253];
                            }
                            else {
                                vErrors.push(err253);
                            }
                            errors++;
                        }
                    }
                    if (data155.spdxElementId !== undefined) {
                        let data156 = data155.spdxElementId;
                        const _errs335 = errors;
                        if (typeof data156 !== "string") {
                            const err254 = { instancePath: instancePath + "/relationships/" + i30 + "/spdxElementId", schemaPath: "#/properties/relationships/items/properties/spdxElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err254];
                            }
                            else {
                                vErrors.push(err254);
                            }
                            errors++;
                        }
                        const _errs336 = errors;
                        var valid83 = _errs335 === errors;
                    }
                    if (data155.comment !== undefined) {
                        let data157 = data155.comment;
                        const _errs337 = errors;
                        if (typeof data157 !== "string") {
                            const err255 = { instancePath: instancePath + "/relationships/" + i30 + "/comment", schemaPath: "#/properties/relationships/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err255];
                            }
                            else {
                                vErrors.push(err255);
                            }
                            errors++;
                        }
                        const _errs338 = errors;
                        var valid83 = _errs337 === errors;
                    }
                    if (data155.relatedSpdxElement !== undefined) {
                        let data158 = data155.relatedSpdxElement;
                        const _errs339 = errors;
                        if (typeof data158 !== "string") {
                            const err256 = { instancePath: instancePath + "/relationships/" + i30 + "/relatedSpdxElement", schemaPath: "#/properties/relationships/items/properties/relatedSpdxElement/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err256];
                            }
                            else {
                                vErrors.push(err256);
                            }
                            errors++;
                        }
                        const _errs340 = errors;
                        var valid83 = _errs339 === errors;
                    }
                    if (data155.relationshipType !== undefined) {
                        let data159 = data155.relationshipType;
                        const _errs341 = errors;
                        if (typeof data159 !== "string") {
                            const err257 = { instancePath: instancePath + "/relationships/" + i30 + "/relationshipType", schemaPath: "#/properties/relationships/items/properties/relationshipType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err257];
                            }
                            else {
                                vErrors.push(err257);
                            }
                            errors++;
                        }
                        const _errs342 = errors;
                        const vSchema9 = schema6.properties.relationships.items.properties.relationshipType.enum;
                        if (!(((((((((((((((((((((((((((((((((((((((((((data159 === "VARIANT_OF") || (data159 === "COPY_OF")) || (data159 === "PATCH_FOR")) || (data159 === "TEST_DEPENDENCY_OF")) || (data159 === "CONTAINED_BY")) || (data159 === "DATA_FILE_OF")) || (data159 === "OPTIONAL_COMPONENT_OF")) || (data159 === "ANCESTOR_OF")) || (data159 === "GENERATES")) || (data159 === "CONTAINS")) || (data159 === "OPTIONAL_DEPENDENCY_OF")) || (data159 === "FILE_ADDED")) || (data159 === "DEV_DEPENDENCY_OF")) || (data159 === "DEPENDENCY_OF")) || (data159 === "BUILD_DEPENDENCY_OF")) || (data159 === "DESCRIBES")) || (data159 === "PREREQUISITE_FOR")) || (data159 === "HAS_PREREQUISITE")) || (data159 === "PROVIDED_DEPENDENCY_OF")) || (data159 === "DYNAMIC_LINK")) || (data159 === "DESCRIBED_BY")) || (data159 === "METAFILE_OF")) || (data159 === "DEPENDENCY_MANIFEST_OF")) || (data159 === "PATCH_APPLIED")) || (data159 === "RUNTIME_DEPENDENCY_OF")) || (data159 === "TEST_OF")) || (data159 === "TEST_TOOL_OF")) || (data159 === "DEPENDS_ON")) || (data159 === "FILE_MODIFIED")) || (data159 === "DISTRIBUTION_ARTIFACT")) || (data159 === "AMENDS")) || (data159 === "DOCUMENTATION_OF")) || (data159 === "GENERATED_FROM")) || (data159 === "STATIC_LINK")) || (data159 === "OTHER")) || (data159 === "BUILD_TOOL_OF")) || (data159 === "TEST_CASE_OF")) || (data159 === "PACKAGE_OF")) || (data159 === "DESCENDANT_OF")) || (data159 === "FILE_DELETED")) || (data159 === "EXPANDED_FROM_ARCHIVE")) || (data159 === "DEV_TOOL_OF")) || (data159 === "EXAMPLE_OF"))) {
                            const err258 = { instancePath: instancePath + "/relationships/" + i30 + "/relationshipType", schemaPath: "#/properties/relationships/items/properties/relationshipType/enum", keyword: "enum", params: { allowedValues: schema6.properties.relationships.items.properties.relationshipType.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err258];
                            }
                            else {
                                vErrors.push(err258);
                            }
                            errors++;
                        }
                        var valid83 = _errs341 === errors;
                    }
                }
                else {
                    const err259 = { instancePath: instancePath + "/relationships/" + i30, schemaPath: "#/properties/relationships/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err259];
                    }
                    else {
                        vErrors.push(err259);
                    }
                    errors++;
                }
                var valid81 = _errs332 === errors;
                if (!valid81) {
                    valid82 = false;
                }
            }
        }
        else {
            const err260 = { instancePath: instancePath + "/relationships", schemaPath: "#/properties/relationships/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err260];
            }
            else {
                vErrors.push(err260);
            }
            errors++;
        }
        var valid0 = _errs330 === errors;
    }
}
else {
    const err261 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err261];
    }
    else {
        vErrors.push(err261);
    }
    errors++;
} validate21.errors = vErrors; return errors === 0; }


/***/ })

};
