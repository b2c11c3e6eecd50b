export const id = 5170;
export const ids = [5170];
export const modules = {

/***/ 45170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
const validate = validate21;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate21);
const schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "http://spdx.org/rdf/terms/2.3", "title": "SPDX 2.3", "type": "object", "properties": { "SPDXID": { "type": "string", "description": "Uniquely identify any element in an SPDX document which may be referenced by other elements." }, "annotations": { "description": "Provide additional information about an SpdxElement.", "type": "array", "items": { "type": "object", "properties": { "annotationDate": { "description": "Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.", "type": "string" }, "annotationType": { "description": "Type of the annotation.", "type": "string", "enum": ["OTHER", "REVIEW"] }, "annotator": { "description": "This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.", "type": "string" }, "comment": { "type": "string" } }, "required": ["annotationDate", "annotationType", "annotator", "comment"], "additionalProperties": false, "description": "An Annotation is a comment on an SpdxItem by an agent." } }, "comment": { "type": "string" }, "creationInfo": { "type": "object", "properties": { "comment": { "type": "string" }, "created": { "description": "Identify when the SPDX document was originally created. The date is to be specified according to combined date and time in UTC format as specified in ISO 8601 standard.", "type": "string" }, "creators": { "description": "Identify who (or what, in the case of a tool) created the SPDX document. If the SPDX document was created by an individual, indicate the person's name. If the SPDX document was created on behalf of a company or organization, indicate the entity name. If the SPDX document was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as \u201canonymous\u201d if appropriate.", "minItems": 1, "type": "array", "items": { "description": "Identify who (or what, in the case of a tool) created the SPDX document. If the SPDX document was created by an individual, indicate the person's name. If the SPDX document was created on behalf of a company or organization, indicate the entity name. If the SPDX document was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as \u201canonymous\u201d if appropriate.", "type": "string" } }, "licenseListVersion": { "description": "An optional field for creators of the SPDX file to provide the version of the SPDX License List used when the SPDX file was created.", "type": "string" } }, "required": ["created", "creators"], "additionalProperties": false, "description": "One instance is required for each SPDX file produced. It provides the necessary information for forward and backward compatibility for processing tools." }, "dataLicense": { "description": "License expression for dataLicense. See SPDX Annex D for the license expression syntax.  Compliance with the SPDX specification includes populating the SPDX fields therein with data related to such fields (\"SPDX-Metadata\"). The SPDX specification contains numerous fields where an SPDX document creator may provide relevant explanatory text in SPDX-Metadata. Without opining on the lawfulness of \"database rights\" (in jurisdictions where applicable), such explanatory text is copyrightable subject matter in most Berne Convention countries. By using the SPDX specification, or any portion hereof, you hereby agree that any copyright rights (as determined by your jurisdiction) in any SPDX-Metadata, including without limitation explanatory text, shall be subject to the terms of the Creative Commons CC0 1.0 Universal license. For SPDX-Metadata not containing any copyright rights, you hereby agree and acknowledge that the SPDX-Metadata is provided to you \"as-is\" and without any representations or warranties of any kind concerning the SPDX-Metadata, express, implied, statutory or otherwise, including without limitation warranties of title, merchantability, fitness for a particular purpose, non-infringement, or the absence of latent or other defects, accuracy, or the presence or absence of errors, whether or not discoverable, all to the greatest extent permissible under applicable law.", "type": "string" }, "externalDocumentRefs": { "description": "Identify any external SPDX documents referenced within this SPDX document.", "type": "array", "items": { "type": "object", "properties": { "checksum": { "type": "object", "properties": { "algorithm": { "description": "Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.", "type": "string", "enum": ["SHA1", "BLAKE3", "SHA3-384", "SHA256", "SHA384", "BLAKE2b-512", "BLAKE2b-256", "SHA3-512", "MD2", "ADLER32", "MD4", "SHA3-256", "BLAKE2b-384", "SHA512", "MD6", "MD5", "SHA224"] }, "checksumValue": { "description": "The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.", "type": "string" } }, "required": ["algorithm", "checksumValue"], "additionalProperties": false, "description": "A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented." }, "externalDocumentId": { "description": "externalDocumentId is a string containing letters, numbers, ., - and/or + which uniquely identifies an external document within this document.", "type": "string" }, "spdxDocument": { "description": "SPDX ID for SpdxDocument.  A property containing an SPDX document.", "type": "string" } }, "required": ["checksum", "externalDocumentId", "spdxDocument"], "additionalProperties": false, "description": "Information about an external SPDX document reference including the checksum. This allows for verification of the external references." } }, "hasExtractedLicensingInfos": { "description": "Indicates that a particular ExtractedLicensingInfo was defined in the subject SpdxDocument.", "type": "array", "items": { "type": "object", "properties": { "comment": { "type": "string" }, "crossRefs": { "description": "Cross Reference Detail for a license SeeAlso URL", "type": "array", "items": { "type": "object", "properties": { "isLive": { "description": "Indicate a URL is still a live accessible location on the public internet", "type": "boolean" }, "isValid": { "description": "True if the URL is a valid well formed URL", "type": "boolean" }, "isWayBackLink": { "description": "True if the License SeeAlso URL points to a Wayback archive", "type": "boolean" }, "match": { "description": "Status of a License List SeeAlso URL reference if it refers to a website that matches the license text.", "type": "string" }, "order": { "description": "The ordinal order of this element within a list", "type": "integer" }, "timestamp": { "description": "Timestamp", "type": "string" }, "url": { "description": "URL Reference", "type": "string" } }, "required": ["url"], "additionalProperties": false, "description": "Cross reference details for the a URL reference" } }, "extractedText": { "description": "Provide a copy of the actual text of the license reference extracted from the package, file or snippet that is associated with the License Identifier to aid in future analysis.", "type": "string" }, "licenseId": { "description": "A human readable short form license identifier for a license. The license ID is either on the standard license list or the form \"LicenseRef-[idString]\" where [idString] is a unique string containing letters, numbers, \".\" or \"-\".  When used within a license expression, the license ID can optionally include a reference to an external document in the form \"DocumentRef-[docrefIdString]:LicenseRef-[idString]\" where docRefIdString is an ID for an external document reference.", "type": "string" }, "name": { "description": "Identify name of this SpdxElement.", "type": "string" }, "seeAlsos": { "type": "array", "items": { "type": "string" } } }, "required": ["extractedText", "licenseId"], "additionalProperties": false, "description": "An ExtractedLicensingInfo represents a license or licensing notice that was found in a package, file or snippet. Any license text that is recognized as a license may be represented as a License rather than an ExtractedLicensingInfo." } }, "name": { "description": "Identify name of this SpdxElement.", "type": "string" }, "revieweds": { "description": "Reviewed", "type": "array", "items": { "type": "object", "properties": { "comment": { "type": "string" }, "reviewDate": { "description": "The date and time at which the SpdxDocument was reviewed. This value must be in UTC and have 'Z' as its timezone indicator.", "type": "string" }, "reviewer": { "description": "The name and, optionally, contact information of the person who performed the review. Values of this property must conform to the agent and tool syntax.  The reviewer property is deprecated in favor of Annotation with an annotationType review.", "type": "string" } }, "required": ["reviewDate"], "additionalProperties": false, "description": "This class has been deprecated in favor of an Annotation with an Annotation type of review." } }, "spdxVersion": { "description": "Provide a reference number that can be used to understand how to parse and interpret the rest of the file. It will enable both future changes to the specification and to support backward compatibility. The version number consists of a major and minor version indicator. The major field will be incremented when incompatible changes between versions are made (one or more sections are created, modified or deleted). The minor field will be incremented when backwards compatible changes are made.", "type": "string" }, "documentNamespace": { "type": "string", "description": "The URI provides an unambiguous mechanism for other SPDX documents to reference SPDX elements within this SPDX document." }, "documentDescribes": { "description": "Packages, files and/or Snippets described by this SPDX document", "type": "array", "items": { "type": "string", "description": "SPDX ID for each Package, File, or Snippet." } }, "packages": { "description": "Packages referenced in the SPDX document", "type": "array", "items": { "type": "object", "properties": { "SPDXID": { "type": "string", "description": "Uniquely identify any element in an SPDX document which may be referenced by other elements." }, "annotations": { "description": "Provide additional information about an SpdxElement.", "type": "array", "items": { "type": "object", "properties": { "annotationDate": { "description": "Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.", "type": "string" }, "annotationType": { "description": "Type of the annotation.", "type": "string", "enum": ["OTHER", "REVIEW"] }, "annotator": { "description": "This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.", "type": "string" }, "comment": { "type": "string" } }, "required": ["annotationDate", "annotationType", "annotator", "comment"], "additionalProperties": false, "description": "An Annotation is a comment on an SpdxItem by an agent." } }, "attributionTexts": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "array", "items": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "string" } }, "builtDate": { "description": "This field provides a place for recording the actual date the package was built.", "type": "string" }, "checksums": { "description": "The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.", "type": "array", "items": { "type": "object", "properties": { "algorithm": { "description": "Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.", "type": "string", "enum": ["SHA1", "BLAKE3", "SHA3-384", "SHA256", "SHA384", "BLAKE2b-512", "BLAKE2b-256", "SHA3-512", "MD2", "ADLER32", "MD4", "SHA3-256", "BLAKE2b-384", "SHA512", "MD6", "MD5", "SHA224"] }, "checksumValue": { "description": "The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.", "type": "string" } }, "required": ["algorithm", "checksumValue"], "additionalProperties": false, "description": "A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented." } }, "comment": { "type": "string" }, "copyrightText": { "description": "The text of copyright declarations recited in the package, file or snippet.\n\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.", "type": "string" }, "description": { "description": "Provides a detailed description of the package.", "type": "string" }, "downloadLocation": { "description": "The URI at which this package is available for download. Private (i.e., not publicly reachable) URIs are acceptable as values of this property. The values http://spdx.org/rdf/terms#none and http://spdx.org/rdf/terms#noassertion may be used to specify that the package is not downloadable or that no attempt was made to determine its download location, respectively.", "type": "string" }, "externalRefs": { "description": "An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package.", "type": "array", "items": { "type": "object", "properties": { "comment": { "type": "string" }, "referenceCategory": { "description": "Category for the external reference", "type": "string", "enum": ["OTHER", "PERSISTENT-ID", "SECURITY", "PACKAGE-MANAGER"] }, "referenceLocator": { "description": "The unique string with no spaces necessary to access the package-specific information, metadata, or content within the target location. The format of the locator is subject to constraints defined by the <type>.", "type": "string" }, "referenceType": { "description": "Type of the external reference. These are definined in an appendix in the SPDX specification.", "type": "string" } }, "required": ["referenceCategory", "referenceLocator", "referenceType"], "additionalProperties": false, "description": "An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package." } }, "filesAnalyzed": { "description": "Indicates whether the file content of this package has been available for or subjected to analysis when creating the SPDX document. If false indicates packages that represent metadata or URI references to a project, product, artifact, distribution or a component. If set to false, the package must not contain any files.", "type": "boolean" }, "hasFiles": { "description": "Indicates that a particular file belongs to a package.", "type": "array", "items": { "description": "SPDX ID for File.  Indicates that a particular file belongs to a package.", "type": "string" } }, "homepage": { "type": "string" }, "licenseComments": { "description": "The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.", "type": "string" }, "licenseConcluded": { "description": "License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\n\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.", "type": "string" }, "licenseDeclared": { "description": "License expression for licenseDeclared. See SPDX Annex D for the license expression syntax.  The licensing that the creators of the software in the package, or the packager, have declared. Declarations by the original software creator should be preferred, if they exist.", "type": "string" }, "licenseInfoFromFiles": { "description": "The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.\n\nIf the licenseInfoFromFiles field is not present for a package and filesAnalyzed property for that same pacakge is true or omitted, it implies an equivalent meaning to NOASSERTION.", "type": "array", "items": { "description": "License expression for licenseInfoFromFiles. See SPDX Annex D for the license expression syntax.  The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.\n\nIf the licenseInfoFromFiles field is not present for a package and filesAnalyzed property for that same pacakge is true or omitted, it implies an equivalent meaning to NOASSERTION.", "type": "string" } }, "name": { "description": "Identify name of this SpdxElement.", "type": "string" }, "originator": { "description": "The name and, optionally, contact information of the person or organization that originally created the package. Values of this property must conform to the agent and tool syntax.", "type": "string" }, "packageFileName": { "description": "The base name of the package file name. For example, zlib-1.2.5.tar.gz.", "type": "string" }, "packageVerificationCode": { "type": "object", "properties": { "packageVerificationCodeExcludedFiles": { "description": "A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.", "type": "array", "items": { "description": "A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.", "type": "string" } }, "packageVerificationCodeValue": { "description": "The actual package verification code as a hex encoded value.", "type": "string" } }, "required": ["packageVerificationCodeValue"], "additionalProperties": false, "description": "A manifest based verification code (the algorithm is defined in section 4.7 of the full specification) of the SPDX Item. This allows consumers of this data and/or database to determine if an SPDX item they have in hand is identical to the SPDX item from which the data was produced. This algorithm works even if the SPDX document is included in the SPDX item." }, "primaryPackagePurpose": { "description": "This field provides information about the primary purpose of the identified package. Package Purpose is intrinsic to how the package is being used rather than the content of the package.", "type": "string", "enum": ["OTHER", "INSTALL", "ARCHIVE", "FIRMWARE", "APPLICATION", "FRAMEWORK", "LIBRARY", "CONTAINER", "SOURCE", "DEVICE", "OPERATING_SYSTEM", "FILE"] }, "releaseDate": { "description": "This field provides a place for recording the date the package was released.", "type": "string" }, "sourceInfo": { "description": "Allows the producer(s) of the SPDX document to describe how the package was acquired and/or changed from the original source.", "type": "string" }, "summary": { "description": "Provides a short description of the package.", "type": "string" }, "supplier": { "description": "The name and, optionally, contact information of the person or organization who was the immediate supplier of this package to the recipient. The supplier may be different than originator when the software has been repackaged. Values of this property must conform to the agent and tool syntax.", "type": "string" }, "validUntilDate": { "description": "This field provides a place for recording the end of the support period for a package from the supplier.", "type": "string" }, "versionInfo": { "description": "Provides an indication of the version of the package that is described by this SpdxDocument.", "type": "string" } }, "required": ["SPDXID", "downloadLocation", "name"], "additionalProperties": false } }, "files": { "description": "Files referenced in the SPDX document", "type": "array", "items": { "type": "object", "properties": { "SPDXID": { "type": "string", "description": "Uniquely identify any element in an SPDX document which may be referenced by other elements." }, "annotations": { "description": "Provide additional information about an SpdxElement.", "type": "array", "items": { "type": "object", "properties": { "annotationDate": { "description": "Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.", "type": "string" }, "annotationType": { "description": "Type of the annotation.", "type": "string", "enum": ["OTHER", "REVIEW"] }, "annotator": { "description": "This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.", "type": "string" }, "comment": { "type": "string" } }, "required": ["annotationDate", "annotationType", "annotator", "comment"], "additionalProperties": false, "description": "An Annotation is a comment on an SpdxItem by an agent." } }, "artifactOfs": { "description": "Indicates the project in which the SpdxElement originated. Tools must preserve doap:homepage and doap:name properties and the URI (if one is known) of doap:Project resources that are values of this property. All other properties of doap:Projects are not directly supported by SPDX and may be dropped when translating to or from some SPDX formats.", "type": "array", "items": { "type": "object" } }, "attributionTexts": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "array", "items": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "string" } }, "checksums": { "description": "The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.", "minItems": 1, "type": "array", "items": { "type": "object", "properties": { "algorithm": { "description": "Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.", "type": "string", "enum": ["SHA1", "BLAKE3", "SHA3-384", "SHA256", "SHA384", "BLAKE2b-512", "BLAKE2b-256", "SHA3-512", "MD2", "ADLER32", "MD4", "SHA3-256", "BLAKE2b-384", "SHA512", "MD6", "MD5", "SHA224"] }, "checksumValue": { "description": "The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.", "type": "string" } }, "required": ["algorithm", "checksumValue"], "additionalProperties": false, "description": "A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented." } }, "comment": { "type": "string" }, "copyrightText": { "description": "The text of copyright declarations recited in the package, file or snippet.\n\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.", "type": "string" }, "fileContributors": { "description": "This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.", "type": "array", "items": { "description": "This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.", "type": "string" } }, "fileDependencies": { "description": "This field is deprecated since SPDX 2.0 in favor of using Section 7 which provides more granularity about relationships.", "type": "array", "items": { "description": "SPDX ID for File.  This field is deprecated since SPDX 2.0 in favor of using Section 7 which provides more granularity about relationships.", "type": "string" } }, "fileName": { "description": "The name of the file relative to the root of the package.", "type": "string" }, "fileTypes": { "description": "The type of the file.", "type": "array", "items": { "description": "The type of the file.", "type": "string", "enum": ["OTHER", "DOCUMENTATION", "IMAGE", "VIDEO", "ARCHIVE", "SPDX", "APPLICATION", "SOURCE", "BINARY", "TEXT", "AUDIO"] } }, "licenseComments": { "description": "The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.", "type": "string" }, "licenseConcluded": { "description": "License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\n\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.", "type": "string" }, "licenseInfoInFiles": { "description": "Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.\n\nIf the licenseInfoInFile field is not present for a file, it implies an equivalent meaning to NOASSERTION.", "type": "array", "items": { "description": "License expression for licenseInfoInFile. See SPDX Annex D for the license expression syntax.  Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.\n\nIf the licenseInfoInFile field is not present for a file, it implies an equivalent meaning to NOASSERTION.", "type": "string" } }, "noticeText": { "description": "This field provides a place for the SPDX file creator to record potential legal notices found in the file. This may or may not include copyright statements.", "type": "string" } }, "required": ["SPDXID", "checksums", "fileName"], "additionalProperties": false } }, "snippets": { "description": "Snippets referenced in the SPDX document", "type": "array", "items": { "type": "object", "properties": { "SPDXID": { "type": "string", "description": "Uniquely identify any element in an SPDX document which may be referenced by other elements." }, "annotations": { "description": "Provide additional information about an SpdxElement.", "type": "array", "items": { "type": "object", "properties": { "annotationDate": { "description": "Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.", "type": "string" }, "annotationType": { "description": "Type of the annotation.", "type": "string", "enum": ["OTHER", "REVIEW"] }, "annotator": { "description": "This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.", "type": "string" }, "comment": { "type": "string" } }, "required": ["annotationDate", "annotationType", "annotator", "comment"], "additionalProperties": false, "description": "An Annotation is a comment on an SpdxItem by an agent." } }, "attributionTexts": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "array", "items": { "description": "This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.", "type": "string" } }, "comment": { "type": "string" }, "copyrightText": { "description": "The text of copyright declarations recited in the package, file or snippet.\n\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.", "type": "string" }, "licenseComments": { "description": "The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.", "type": "string" }, "licenseConcluded": { "description": "License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\n\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.", "type": "string" }, "licenseInfoInSnippets": { "description": "Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.\n\nIf the licenseInfoInSnippet field is not present for a snippet, it implies an equivalent meaning to NOASSERTION.", "type": "array", "items": { "description": "License expression for licenseInfoInSnippet. See SPDX Annex D for the license expression syntax.  Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.\n\nIf the licenseInfoInSnippet field is not present for a snippet, it implies an equivalent meaning to NOASSERTION.", "type": "string" } }, "name": { "description": "Identify name of this SpdxElement.", "type": "string" }, "ranges": { "description": "This field defines the byte range in the original host file (in X.2) that the snippet information applies to", "minItems": 1, "type": "array", "items": { "type": "object", "properties": { "endPointer": { "type": "object", "properties": { "reference": { "description": "SPDX ID for File", "type": "string" }, "offset": { "type": "integer", "description": "Byte offset in the file" }, "lineNumber": { "type": "integer", "description": "line number offset in the file" } }, "required": ["reference"], "additionalProperties": false }, "startPointer": { "type": "object", "properties": { "reference": { "description": "SPDX ID for File", "type": "string" }, "offset": { "type": "integer", "description": "Byte offset in the file" }, "lineNumber": { "type": "integer", "description": "line number offset in the file" } }, "required": ["reference"], "additionalProperties": false } }, "required": ["endPointer", "startPointer"], "additionalProperties": false } }, "snippetFromFile": { "description": "SPDX ID for File.  File containing the SPDX element (e.g. the file contaning a snippet).", "type": "string" } }, "required": ["SPDXID", "name", "ranges", "snippetFromFile"], "additionalProperties": false } }, "relationships": { "description": "Relationships referenced in the SPDX document", "type": "array", "items": { "type": "object", "properties": { "spdxElementId": { "type": "string", "description": "Id to which the SPDX element is related" }, "comment": { "type": "string" }, "relatedSpdxElement": { "description": "SPDX ID for SpdxElement.  A related SpdxElement.", "type": "string" }, "relationshipType": { "description": "Describes the type of relationship between two SPDX elements.", "type": "string", "enum": ["VARIANT_OF", "COPY_OF", "PATCH_FOR", "TEST_DEPENDENCY_OF", "CONTAINED_BY", "DATA_FILE_OF", "OPTIONAL_COMPONENT_OF", "ANCESTOR_OF", "GENERATES", "CONTAINS", "OPTIONAL_DEPENDENCY_OF", "FILE_ADDED", "REQUIREMENT_DESCRIPTION_FOR", "DEV_DEPENDENCY_OF", "DEPENDENCY_OF", "BUILD_DEPENDENCY_OF", "DESCRIBES", "PREREQUISITE_FOR", "HAS_PREREQUISITE", "PROVIDED_DEPENDENCY_OF", "DYNAMIC_LINK", "DESCRIBED_BY", "METAFILE_OF", "DEPENDENCY_MANIFEST_OF", "PATCH_APPLIED", "RUNTIME_DEPENDENCY_OF", "TEST_OF", "TEST_TOOL_OF", "DEPENDS_ON", "SPECIFICATION_FOR", "FILE_MODIFIED", "DISTRIBUTION_ARTIFACT", "AMENDS", "DOCUMENTATION_OF", "GENERATED_FROM", "STATIC_LINK", "OTHER", "BUILD_TOOL_OF", "TEST_CASE_OF", "PACKAGE_OF", "DESCENDANT_OF", "FILE_DELETED", "EXPANDED_FROM_ARCHIVE", "DEV_TOOL_OF", "EXAMPLE_OF"] } }, "required": ["spdxElementId", "relatedSpdxElement", "relationshipType"], "additionalProperties": false } } }, "required": ["SPDXID", "creationInfo", "dataLicense", "name", "spdxVersion"], "additionalProperties": false };
const func2 = Object.prototype.hasOwnProperty;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="http://spdx.org/rdf/terms/2.3" */ ; let vErrors = null; let errors = 0; const _errs0 = errors; if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((((data.SPDXID === undefined) && (missing0 = "SPDXID")) || ((data.creationInfo === undefined) && (missing0 = "creationInfo"))) || ((data.dataLicense === undefined) && (missing0 = "dataLicense"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.spdxVersion === undefined) && (missing0 = "spdxVersion"))) {
            validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!(func2.call(schema6.properties, key0))) {
                    validate21.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.SPDXID !== undefined) {
                    let data0 = data.SPDXID;
                    const _errs2 = errors;
                    if (typeof data0 !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/SPDXID", schemaPath: "#/properties/SPDXID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    const _errs3 = errors;
                    if (errors === _errs2) { }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.annotations !== undefined) {
                        let data1 = data.annotations;
                        const _errs4 = errors;
                        const _errs5 = errors;
                        if (errors === _errs4) {
                            if (Array.isArray(data1)) {
                                var valid1 = true;
                                const len0 = data1.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data2 = data1[i0];
                                    const _errs6 = errors;
                                    const _errs7 = errors;
                                    if (errors === _errs6) {
                                        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                                            let missing1;
                                            if (((((data2.annotationDate === undefined) && (missing1 = "annotationDate")) || ((data2.annotationType === undefined) && (missing1 = "annotationType"))) || ((data2.annotator === undefined) && (missing1 = "annotator"))) || ((data2.comment === undefined) && (missing1 = "comment"))) {
                                                validate21.errors = [{ instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                return false;
                                            }
                                            else {
                                                const _errs8 = errors;
                                                for (const key1 in data2) {
                                                    if (!((((key1 === "annotationDate") || (key1 === "annotationType")) || (key1 === "annotator")) || (key1 === "comment"))) {
                                                        validate21.errors = [{ instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                    }
                                                }
                                                if (_errs8 === errors) {
                                                    if (data2.annotationDate !== undefined) {
                                                        let data3 = data2.annotationDate;
                                                        const _errs9 = errors;
                                                        if (typeof data3 !== "string") {
                                                            validate21.errors = [{ instancePath: instancePath + "/annotations/" + i0 + "/annotationDate", schemaPath: "#/properties/annotations/items/properties/annotationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                        const _errs10 = errors;
                                                        if (errors === _errs9) { }
                                                        var valid2 = _errs9 === errors;
                                                    }
                                                    else {
                                                        var valid2 = true;
                                                    }
                                                    if (valid2) {
                                                        if (data2.annotationType !== undefined) {
                                                            let data4 = data2.annotationType;
                                                            const _errs11 = errors;
                                                            if (typeof data4 !== "string") {
                                                                validate21.errors = [{ instancePath: instancePath + "/annotations/" + i0 + "/annotationType", schemaPath: "#/properties/annotations/items/properties/annotationType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            const _errs12 = errors;
                                                            const vSchema0 = schema6.properties.annotations.items.properties.annotationType.enum;
                                                            if (!((data4 === "OTHER") || (data4 === "REVIEW"))) {
                                                                validate21.errors = [{ instancePath: instancePath + "/annotations/" + i0 + "/annotationType", schemaPath: "#/properties/annotations/items/properties/annotationType/enum", keyword: "enum", params: { allowedValues: schema6.properties.annotations.items.properties.annotationType.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                            }
                                                            else { }
                                                            if (errors === _errs11) { }
                                                            var valid2 = _errs11 === errors;
                                                        }
                                                        else {
                                                            var valid2 = true;
                                                        }
                                                        if (valid2) {
                                                            if (data2.annotator !== undefined) {
                                                                let data5 = data2.annotator;
                                                                const _errs13 = errors;
                                                                if (typeof data5 !== "string") {
                                                                    validate21.errors = [{ instancePath: instancePath + "/annotations/" + i0 + "/annotator", schemaPath: "#/properties/annotations/items/properties/annotator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                                const _errs14 = errors;
                                                                if (errors === _errs13) { }
                                                                var valid2 = _errs13 === errors;
                                                            }
                                                            else {
                                                                var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                                if (data2.comment !== undefined) {
                                                                    let data6 = data2.comment;
                                                                    const _errs15 = errors;
                                                                    if (typeof data6 !== "string") {
                                                                        validate21.errors = [{ instancePath: instancePath + "/annotations/" + i0 + "/comment", schemaPath: "#/properties/annotations/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                    }
                                                                    const _errs16 = errors;
                                                                    if (errors === _errs15) { }
                                                                    var valid2 = _errs15 === errors;
                                                                }
                                                                else {
                                                                    var valid2 = true;
                                                                }
                                                                if (valid2) { }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate21.errors = [{ instancePath: instancePath + "/annotations/" + i0, schemaPath: "#/properties/annotations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                        }
                                        if (errors === _errs6) { }
                                    }
                                    var valid1 = _errs6 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                                if (valid1) { }
                            }
                            else {
                                validate21.errors = [{ instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                            if (errors === _errs4) { }
                        }
                        var valid0 = _errs4 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.comment !== undefined) {
                            let data7 = data.comment;
                            const _errs17 = errors;
                            if (typeof data7 !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            const _errs18 = errors;
                            if (errors === _errs17) { }
                            var valid0 = _errs17 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.creationInfo !== undefined) {
                                let data8 = data.creationInfo;
                                const _errs19 = errors;
                                const _errs20 = errors;
                                if (errors === _errs19) {
                                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                        let missing2;
                                        if (((data8.created === undefined) && (missing2 = "created")) || ((data8.creators === undefined) && (missing2 = "creators"))) {
                                            validate21.errors = [{ instancePath: instancePath + "/creationInfo", schemaPath: "#/properties/creationInfo/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                            return false;
                                        }
                                        else {
                                            const _errs21 = errors;
                                            for (const key2 in data8) {
                                                if (!((((key2 === "comment") || (key2 === "created")) || (key2 === "creators")) || (key2 === "licenseListVersion"))) {
                                                    validate21.errors = [{ instancePath: instancePath + "/creationInfo", schemaPath: "#/properties/creationInfo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                    return false;
                                                    break;
                                                }
                                            }
                                            if (_errs21 === errors) {
                                                if (data8.comment !== undefined) {
                                                    let data9 = data8.comment;
                                                    const _errs22 = errors;
                                                    if (typeof data9 !== "string") {
                                                        validate21.errors = [{ instancePath: instancePath + "/creationInfo/comment", schemaPath: "#/properties/creationInfo/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    const _errs23 = errors;
                                                    if (errors === _errs22) { }
                                                    var valid3 = _errs22 === errors;
                                                }
                                                else {
                                                    var valid3 = true;
                                                }
                                                if (valid3) {
                                                    if (data8.created !== undefined) {
                                                        let data10 = data8.created;
                                                        const _errs24 = errors;
                                                        if (typeof data10 !== "string") {
                                                            validate21.errors = [{ instancePath: instancePath + "/creationInfo/created", schemaPath: "#/properties/creationInfo/properties/created/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                        const _errs25 = errors;
                                                        if (errors === _errs24) { }
                                                        var valid3 = _errs24 === errors;
                                                    }
                                                    else {
                                                        var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                        if (data8.creators !== undefined) {
                                                            let data11 = data8.creators;
                                                            const _errs26 = errors;
                                                            const _errs27 = errors;
                                                            if (errors === _errs26) {
                                                                if (Array.isArray(data11)) {
                                                                    if (data11.length < 1) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/creationInfo/creators", schemaPath: "#/properties/creationInfo/properties/creators/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        var valid4 = true;
                                                                        const len1 = data11.length;
                                                                        for (let i1 = 0; i1 < len1; i1++) {
                                                                            let data12 = data11[i1];
                                                                            const _errs28 = errors;
                                                                            if (typeof data12 !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/creationInfo/creators/" + i1, schemaPath: "#/properties/creationInfo/properties/creators/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                            const _errs29 = errors;
                                                                            if (errors === _errs28) { }
                                                                            var valid4 = _errs28 === errors;
                                                                            if (!valid4) {
                                                                                break;
                                                                            }
                                                                        }
                                                                        if (valid4) { }
                                                                    }
                                                                }
                                                                else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/creationInfo/creators", schemaPath: "#/properties/creationInfo/properties/creators/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                    return false;
                                                                }
                                                                if (errors === _errs26) { }
                                                            }
                                                            var valid3 = _errs26 === errors;
                                                        }
                                                        else {
                                                            var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                            if (data8.licenseListVersion !== undefined) {
                                                                let data13 = data8.licenseListVersion;
                                                                const _errs30 = errors;
                                                                if (typeof data13 !== "string") {
                                                                    validate21.errors = [{ instancePath: instancePath + "/creationInfo/licenseListVersion", schemaPath: "#/properties/creationInfo/properties/licenseListVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                                const _errs31 = errors;
                                                                if (errors === _errs30) { }
                                                                var valid3 = _errs30 === errors;
                                                            }
                                                            else {
                                                                var valid3 = true;
                                                            }
                                                            if (valid3) { }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        validate21.errors = [{ instancePath: instancePath + "/creationInfo", schemaPath: "#/properties/creationInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                    }
                                    if (errors === _errs19) { }
                                }
                                var valid0 = _errs19 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.dataLicense !== undefined) {
                                    let data14 = data.dataLicense;
                                    const _errs32 = errors;
                                    if (typeof data14 !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/dataLicense", schemaPath: "#/properties/dataLicense/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    const _errs33 = errors;
                                    if (errors === _errs32) { }
                                    var valid0 = _errs32 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.externalDocumentRefs !== undefined) {
                                        let data15 = data.externalDocumentRefs;
                                        const _errs34 = errors;
                                        const _errs35 = errors;
                                        if (errors === _errs34) {
                                            if (Array.isArray(data15)) {
                                                var valid5 = true;
                                                const len2 = data15.length;
                                                for (let i2 = 0; i2 < len2; i2++) {
                                                    let data16 = data15[i2];
                                                    const _errs36 = errors;
                                                    const _errs37 = errors;
                                                    if (errors === _errs36) {
                                                        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                                            let missing3;
                                                            if ((((data16.checksum === undefined) && (missing3 = "checksum")) || ((data16.externalDocumentId === undefined) && (missing3 = "externalDocumentId"))) || ((data16.spdxDocument === undefined) && (missing3 = "spdxDocument"))) {
                                                                validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2, schemaPath: "#/properties/externalDocumentRefs/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                                return false;
                                                            }
                                                            else {
                                                                const _errs38 = errors;
                                                                for (const key3 in data16) {
                                                                    if (!(((key3 === "checksum") || (key3 === "externalDocumentId")) || (key3 === "spdxDocument"))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2, schemaPath: "#/properties/externalDocumentRefs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                                        return false;
                                                                        break;
                                                                    }
                                                                }
                                                                if (_errs38 === errors) {
                                                                    if (data16.checksum !== undefined) {
                                                                        let data17 = data16.checksum;
                                                                        const _errs39 = errors;
                                                                        const _errs40 = errors;
                                                                        if (errors === _errs39) {
                                                                            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                                                                let missing4;
                                                                                if (((data17.algorithm === undefined) && (missing4 = "algorithm")) || ((data17.checksumValue === undefined) && (missing4 = "checksumValue"))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    const _errs41 = errors;
                                                                                    for (const key4 in data17) {
                                                                                        if (!((key4 === "algorithm") || (key4 === "checksumValue"))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                                                            return false;
                                                                                            break;
                                                                                        }
                                                                                    }
                                                                                    if (_errs41 === errors) {
                                                                                        if (data17.algorithm !== undefined) {
                                                                                            let data18 = data17.algorithm;
                                                                                            const _errs42 = errors;
                                                                                            if (typeof data18 !== "string") {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum/algorithm", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                            const _errs43 = errors;
                                                                                            const vSchema1 = schema6.properties.externalDocumentRefs.items.properties.checksum.properties.algorithm.enum;
                                                                                            if (!(((((((((((((((((data18 === "SHA1") || (data18 === "BLAKE3")) || (data18 === "SHA3-384")) || (data18 === "SHA256")) || (data18 === "SHA384")) || (data18 === "BLAKE2b-512")) || (data18 === "BLAKE2b-256")) || (data18 === "SHA3-512")) || (data18 === "MD2")) || (data18 === "ADLER32")) || (data18 === "MD4")) || (data18 === "SHA3-256")) || (data18 === "BLAKE2b-384")) || (data18 === "SHA512")) || (data18 === "MD6")) || (data18 === "MD5")) || (data18 === "SHA224"))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum/algorithm", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema6.properties.externalDocumentRefs.items.properties.checksum.properties.algorithm.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                return false;
                                                                                            }
                                                                                            else { }
                                                                                            if (errors === _errs42) { }
                                                                                            var valid7 = _errs42 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid7 = true;
                                                                                        }
                                                                                        if (valid7) {
                                                                                            if (data17.checksumValue !== undefined) {
                                                                                                let data19 = data17.checksumValue;
                                                                                                const _errs44 = errors;
                                                                                                if (typeof data19 !== "string") {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum/checksumValue", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/properties/checksumValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                                const _errs45 = errors;
                                                                                                if (errors === _errs44) { }
                                                                                                var valid7 = _errs44 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid7 = true;
                                                                                            }
                                                                                            if (valid7) { }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/checksum", schemaPath: "#/properties/externalDocumentRefs/items/properties/checksum/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                return false;
                                                                            }
                                                                            if (errors === _errs39) { }
                                                                        }
                                                                        var valid6 = _errs39 === errors;
                                                                    }
                                                                    else {
                                                                        var valid6 = true;
                                                                    }
                                                                    if (valid6) {
                                                                        if (data16.externalDocumentId !== undefined) {
                                                                            let data20 = data16.externalDocumentId;
                                                                            const _errs46 = errors;
                                                                            if (typeof data20 !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/externalDocumentId", schemaPath: "#/properties/externalDocumentRefs/items/properties/externalDocumentId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                            const _errs47 = errors;
                                                                            if (errors === _errs46) { }
                                                                            var valid6 = _errs46 === errors;
                                                                        }
                                                                        else {
                                                                            var valid6 = true;
                                                                        }
                                                                        if (valid6) {
                                                                            if (data16.spdxDocument !== undefined) {
                                                                                let data21 = data16.spdxDocument;
                                                                                const _errs48 = errors;
                                                                                if (typeof data21 !== "string") {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2 + "/spdxDocument", schemaPath: "#/properties/externalDocumentRefs/items/properties/spdxDocument/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                                const _errs49 = errors;
                                                                                if (errors === _errs48) { }
                                                                                var valid6 = _errs48 === errors;
                                                                            }
                                                                            else {
                                                                                var valid6 = true;
                                                                            }
                                                                            if (valid6) { }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs/" + i2, schemaPath: "#/properties/externalDocumentRefs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                        }
                                                        if (errors === _errs36) { }
                                                    }
                                                    var valid5 = _errs36 === errors;
                                                    if (!valid5) {
                                                        break;
                                                    }
                                                }
                                                if (valid5) { }
                                            }
                                            else {
                                                validate21.errors = [{ instancePath: instancePath + "/externalDocumentRefs", schemaPath: "#/properties/externalDocumentRefs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                            }
                                            if (errors === _errs34) { }
                                        }
                                        var valid0 = _errs34 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.hasExtractedLicensingInfos !== undefined) {
                                            let data22 = data.hasExtractedLicensingInfos;
                                            const _errs50 = errors;
                                            const _errs51 = errors;
                                            if (errors === _errs50) {
                                                if (Array.isArray(data22)) {
                                                    var valid8 = true;
                                                    const len3 = data22.length;
                                                    for (let i3 = 0; i3 < len3; i3++) {
                                                        let data23 = data22[i3];
                                                        const _errs52 = errors;
                                                        const _errs53 = errors;
                                                        if (errors === _errs52) {
                                                            if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                                let missing5;
                                                                if (((data23.extractedText === undefined) && (missing5 = "extractedText")) || ((data23.licenseId === undefined) && (missing5 = "licenseId"))) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3, schemaPath: "#/properties/hasExtractedLicensingInfos/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                    return false;
                                                                }
                                                                else {
                                                                    const _errs54 = errors;
                                                                    for (const key5 in data23) {
                                                                        if (!((((((key5 === "comment") || (key5 === "crossRefs")) || (key5 === "extractedText")) || (key5 === "licenseId")) || (key5 === "name")) || (key5 === "seeAlsos"))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3, schemaPath: "#/properties/hasExtractedLicensingInfos/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                                                            return false;
                                                                            break;
                                                                        }
                                                                    }
                                                                    if (_errs54 === errors) {
                                                                        if (data23.comment !== undefined) {
                                                                            let data24 = data23.comment;
                                                                            const _errs55 = errors;
                                                                            if (typeof data24 !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/comment", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                            const _errs56 = errors;
                                                                            if (errors === _errs55) { }
                                                                            var valid9 = _errs55 === errors;
                                                                        }
                                                                        else {
                                                                            var valid9 = true;
                                                                        }
                                                                        if (valid9) {
                                                                            if (data23.crossRefs !== undefined) {
                                                                                let data25 = data23.crossRefs;
                                                                                const _errs57 = errors;
                                                                                const _errs58 = errors;
                                                                                if (errors === _errs57) {
                                                                                    if (Array.isArray(data25)) {
                                                                                        var valid10 = true;
                                                                                        const len4 = data25.length;
                                                                                        for (let i4 = 0; i4 < len4; i4++) {
                                                                                            let data26 = data25[i4];
                                                                                            const _errs59 = errors;
                                                                                            const _errs60 = errors;
                                                                                            if (errors === _errs59) {
                                                                                                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                                                                    let missing6;
                                                                                                    if ((data26.url === undefined) && (missing6 = "url")) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4, schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    else {
                                                                                                        const _errs61 = errors;
                                                                                                        for (const key6 in data26) {
                                                                                                            if (!(((((((key6 === "isLive") || (key6 === "isValid")) || (key6 === "isWayBackLink")) || (key6 === "match")) || (key6 === "order")) || (key6 === "timestamp")) || (key6 === "url"))) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4, schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                                                                                                return false;
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                        if (_errs61 === errors) {
                                                                                                            if (data26.isLive !== undefined) {
                                                                                                                let data27 = data26.isLive;
                                                                                                                const _errs62 = errors;
                                                                                                                if (typeof data27 !== "boolean") {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/isLive", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/isLive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                const _errs63 = errors;
                                                                                                                if (errors === _errs62) { }
                                                                                                                var valid11 = _errs62 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid11 = true;
                                                                                                            }
                                                                                                            if (valid11) {
                                                                                                                if (data26.isValid !== undefined) {
                                                                                                                    let data28 = data26.isValid;
                                                                                                                    const _errs64 = errors;
                                                                                                                    if (typeof data28 !== "boolean") {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/isValid", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/isValid/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    const _errs65 = errors;
                                                                                                                    if (errors === _errs64) { }
                                                                                                                    var valid11 = _errs64 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid11 = true;
                                                                                                                }
                                                                                                                if (valid11) {
                                                                                                                    if (data26.isWayBackLink !== undefined) {
                                                                                                                        let data29 = data26.isWayBackLink;
                                                                                                                        const _errs66 = errors;
                                                                                                                        if (typeof data29 !== "boolean") {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/isWayBackLink", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/isWayBackLink/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        const _errs67 = errors;
                                                                                                                        if (errors === _errs66) { }
                                                                                                                        var valid11 = _errs66 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid11 = true;
                                                                                                                    }
                                                                                                                    if (valid11) {
                                                                                                                        if (data26.match !== undefined) {
                                                                                                                            let data30 = data26.match;
                                                                                                                            const _errs68 = errors;
                                                                                                                            if (typeof data30 !== "string") {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/match", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            const _errs69 = errors;
                                                                                                                            if (errors === _errs68) { }
                                                                                                                            var valid11 = _errs68 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid11 = true;
                                                                                                                        }
                                                                                                                        if (valid11) {
                                                                                                                            if (data26.order !== undefined) {
                                                                                                                                let data31 = data26.order;
                                                                                                                                const _errs70 = errors;
                                                                                                                                if (!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/order", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/order/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                const _errs71 = errors;
                                                                                                                                if (errors === _errs70) { }
                                                                                                                                var valid11 = _errs70 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid11 = true;
                                                                                                                            }
                                                                                                                            if (valid11) {
                                                                                                                                if (data26.timestamp !== undefined) {
                                                                                                                                    let data32 = data26.timestamp;
                                                                                                                                    const _errs72 = errors;
                                                                                                                                    if (typeof data32 !== "string") {
                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/timestamp", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    const _errs73 = errors;
                                                                                                                                    if (errors === _errs72) { }
                                                                                                                                    var valid11 = _errs72 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid11 = true;
                                                                                                                                }
                                                                                                                                if (valid11) {
                                                                                                                                    if (data26.url !== undefined) {
                                                                                                                                        let data33 = data26.url;
                                                                                                                                        const _errs74 = errors;
                                                                                                                                        if (typeof data33 !== "string") {
                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4 + "/url", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        const _errs75 = errors;
                                                                                                                                        if (errors === _errs74) { }
                                                                                                                                        var valid11 = _errs74 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid11 = true;
                                                                                                                                    }
                                                                                                                                    if (valid11) { }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs/" + i4, schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                    return false;
                                                                                                }
                                                                                                if (errors === _errs59) { }
                                                                                            }
                                                                                            var valid10 = _errs59 === errors;
                                                                                            if (!valid10) {
                                                                                                break;
                                                                                            }
                                                                                        }
                                                                                        if (valid10) { }
                                                                                    }
                                                                                    else {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/crossRefs", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/crossRefs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                        return false;
                                                                                    }
                                                                                    if (errors === _errs57) { }
                                                                                }
                                                                                var valid9 = _errs57 === errors;
                                                                            }
                                                                            else {
                                                                                var valid9 = true;
                                                                            }
                                                                            if (valid9) {
                                                                                if (data23.extractedText !== undefined) {
                                                                                    let data34 = data23.extractedText;
                                                                                    const _errs76 = errors;
                                                                                    if (typeof data34 !== "string") {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/extractedText", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/extractedText/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                    const _errs77 = errors;
                                                                                    if (errors === _errs76) { }
                                                                                    var valid9 = _errs76 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid9 = true;
                                                                                }
                                                                                if (valid9) {
                                                                                    if (data23.licenseId !== undefined) {
                                                                                        let data35 = data23.licenseId;
                                                                                        const _errs78 = errors;
                                                                                        if (typeof data35 !== "string") {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/licenseId", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/licenseId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                        }
                                                                                        const _errs79 = errors;
                                                                                        if (errors === _errs78) { }
                                                                                        var valid9 = _errs78 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid9 = true;
                                                                                    }
                                                                                    if (valid9) {
                                                                                        if (data23.name !== undefined) {
                                                                                            let data36 = data23.name;
                                                                                            const _errs80 = errors;
                                                                                            if (typeof data36 !== "string") {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/name", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                            const _errs81 = errors;
                                                                                            if (errors === _errs80) { }
                                                                                            var valid9 = _errs80 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid9 = true;
                                                                                        }
                                                                                        if (valid9) {
                                                                                            if (data23.seeAlsos !== undefined) {
                                                                                                let data37 = data23.seeAlsos;
                                                                                                const _errs82 = errors;
                                                                                                const _errs83 = errors;
                                                                                                if (errors === _errs82) {
                                                                                                    if (Array.isArray(data37)) {
                                                                                                        var valid12 = true;
                                                                                                        const len5 = data37.length;
                                                                                                        for (let i5 = 0; i5 < len5; i5++) {
                                                                                                            let data38 = data37[i5];
                                                                                                            const _errs84 = errors;
                                                                                                            if (typeof data38 !== "string") {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/seeAlsos/" + i5, schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/seeAlsos/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            const _errs85 = errors;
                                                                                                            if (errors === _errs84) { }
                                                                                                            var valid12 = _errs84 === errors;
                                                                                                            if (!valid12) {
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                        if (valid12) { }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3 + "/seeAlsos", schemaPath: "#/properties/hasExtractedLicensingInfos/items/properties/seeAlsos/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    if (errors === _errs82) { }
                                                                                                }
                                                                                                var valid9 = _errs82 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid9 = true;
                                                                                            }
                                                                                            if (valid9) { }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos/" + i3, schemaPath: "#/properties/hasExtractedLicensingInfos/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                            }
                                                            if (errors === _errs52) { }
                                                        }
                                                        var valid8 = _errs52 === errors;
                                                        if (!valid8) {
                                                            break;
                                                        }
                                                    }
                                                    if (valid8) { }
                                                }
                                                else {
                                                    validate21.errors = [{ instancePath: instancePath + "/hasExtractedLicensingInfos", schemaPath: "#/properties/hasExtractedLicensingInfos/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                }
                                                if (errors === _errs50) { }
                                            }
                                            var valid0 = _errs50 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.name !== undefined) {
                                                let data39 = data.name;
                                                const _errs86 = errors;
                                                if (typeof data39 !== "string") {
                                                    validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                const _errs87 = errors;
                                                if (errors === _errs86) { }
                                                var valid0 = _errs86 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.revieweds !== undefined) {
                                                    let data40 = data.revieweds;
                                                    const _errs88 = errors;
                                                    const _errs89 = errors;
                                                    if (errors === _errs88) {
                                                        if (Array.isArray(data40)) {
                                                            var valid13 = true;
                                                            const len6 = data40.length;
                                                            for (let i6 = 0; i6 < len6; i6++) {
                                                                let data41 = data40[i6];
                                                                const _errs90 = errors;
                                                                const _errs91 = errors;
                                                                if (errors === _errs90) {
                                                                    if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                                                        let missing7;
                                                                        if ((data41.reviewDate === undefined) && (missing7 = "reviewDate")) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/revieweds/" + i6, schemaPath: "#/properties/revieweds/items/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            const _errs92 = errors;
                                                                            for (const key7 in data41) {
                                                                                if (!(((key7 === "comment") || (key7 === "reviewDate")) || (key7 === "reviewer"))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/revieweds/" + i6, schemaPath: "#/properties/revieweds/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" }];
                                                                                    return false;
                                                                                    break;
                                                                                }
                                                                            }
                                                                            if (_errs92 === errors) {
                                                                                if (data41.comment !== undefined) {
                                                                                    let data42 = data41.comment;
                                                                                    const _errs93 = errors;
                                                                                    if (typeof data42 !== "string") {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/revieweds/" + i6 + "/comment", schemaPath: "#/properties/revieweds/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                    const _errs94 = errors;
                                                                                    if (errors === _errs93) { }
                                                                                    var valid14 = _errs93 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid14 = true;
                                                                                }
                                                                                if (valid14) {
                                                                                    if (data41.reviewDate !== undefined) {
                                                                                        let data43 = data41.reviewDate;
                                                                                        const _errs95 = errors;
                                                                                        if (typeof data43 !== "string") {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/revieweds/" + i6 + "/reviewDate", schemaPath: "#/properties/revieweds/items/properties/reviewDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                        }
                                                                                        const _errs96 = errors;
                                                                                        if (errors === _errs95) { }
                                                                                        var valid14 = _errs95 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid14 = true;
                                                                                    }
                                                                                    if (valid14) {
                                                                                        if (data41.reviewer !== undefined) {
                                                                                            let data44 = data41.reviewer;
                                                                                            const _errs97 = errors;
                                                                                            if (typeof data44 !== "string") {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/revieweds/" + i6 + "/reviewer", schemaPath: "#/properties/revieweds/items/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                            const _errs98 = errors;
                                                                                            if (errors === _errs97) { }
                                                                                            var valid14 = _errs97 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid14 = true;
                                                                                        }
                                                                                        if (valid14) { }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate21.errors = [{ instancePath: instancePath + "/revieweds/" + i6, schemaPath: "#/properties/revieweds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                    }
                                                                    if (errors === _errs90) { }
                                                                }
                                                                var valid13 = _errs90 === errors;
                                                                if (!valid13) {
                                                                    break;
                                                                }
                                                            }
                                                            if (valid13) { }
                                                        }
                                                        else {
                                                            validate21.errors = [{ instancePath: instancePath + "/revieweds", schemaPath: "#/properties/revieweds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                        }
                                                        if (errors === _errs88) { }
                                                    }
                                                    var valid0 = _errs88 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.spdxVersion !== undefined) {
                                                        let data45 = data.spdxVersion;
                                                        const _errs99 = errors;
                                                        if (typeof data45 !== "string") {
                                                            validate21.errors = [{ instancePath: instancePath + "/spdxVersion", schemaPath: "#/properties/spdxVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                        const _errs100 = errors;
                                                        if (errors === _errs99) { }
                                                        var valid0 = _errs99 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.documentNamespace !== undefined) {
                                                            let data46 = data.documentNamespace;
                                                            const _errs101 = errors;
                                                            if (typeof data46 !== "string") {
                                                                validate21.errors = [{ instancePath: instancePath + "/documentNamespace", schemaPath: "#/properties/documentNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            const _errs102 = errors;
                                                            if (errors === _errs101) { }
                                                            var valid0 = _errs101 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.documentDescribes !== undefined) {
                                                                let data47 = data.documentDescribes;
                                                                const _errs103 = errors;
                                                                const _errs104 = errors;
                                                                if (errors === _errs103) {
                                                                    if (Array.isArray(data47)) {
                                                                        var valid15 = true;
                                                                        const len7 = data47.length;
                                                                        for (let i7 = 0; i7 < len7; i7++) {
                                                                            let data48 = data47[i7];
                                                                            const _errs105 = errors;
                                                                            if (typeof data48 !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/documentDescribes/" + i7, schemaPath: "#/properties/documentDescribes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                            const _errs106 = errors;
                                                                            if (errors === _errs105) { }
                                                                            var valid15 = _errs105 === errors;
                                                                            if (!valid15) {
                                                                                break;
                                                                            }
                                                                        }
                                                                        if (valid15) { }
                                                                    }
                                                                    else {
                                                                        validate21.errors = [{ instancePath: instancePath + "/documentDescribes", schemaPath: "#/properties/documentDescribes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                    }
                                                                    if (errors === _errs103) { }
                                                                }
                                                                var valid0 = _errs103 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.packages !== undefined) {
                                                                    let data49 = data.packages;
                                                                    const _errs107 = errors;
                                                                    const _errs108 = errors;
                                                                    if (errors === _errs107) {
                                                                        if (Array.isArray(data49)) {
                                                                            var valid16 = true;
                                                                            const len8 = data49.length;
                                                                            for (let i8 = 0; i8 < len8; i8++) {
                                                                                let data50 = data49[i8];
                                                                                const _errs109 = errors;
                                                                                const _errs110 = errors;
                                                                                if (errors === _errs109) {
                                                                                    if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                                                                                        let missing8;
                                                                                        if ((((data50.SPDXID === undefined) && (missing8 = "SPDXID")) || ((data50.downloadLocation === undefined) && (missing8 = "downloadLocation"))) || ((data50.name === undefined) && (missing8 = "name"))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            const _errs111 = errors;
                                                                                            for (const key8 in data50) {
                                                                                                if (!(func2.call(schema6.properties.packages.items.properties, key8))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                                                                    return false;
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                            if (_errs111 === errors) {
                                                                                                if (data50.SPDXID !== undefined) {
                                                                                                    let data51 = data50.SPDXID;
                                                                                                    const _errs112 = errors;
                                                                                                    if (typeof data51 !== "string") {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/SPDXID", schemaPath: "#/properties/packages/items/properties/SPDXID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    const _errs113 = errors;
                                                                                                    if (errors === _errs112) { }
                                                                                                    var valid17 = _errs112 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid17 = true;
                                                                                                }
                                                                                                if (valid17) {
                                                                                                    if (data50.annotations !== undefined) {
                                                                                                        let data52 = data50.annotations;
                                                                                                        const _errs114 = errors;
                                                                                                        const _errs115 = errors;
                                                                                                        if (errors === _errs114) {
                                                                                                            if (Array.isArray(data52)) {
                                                                                                                var valid18 = true;
                                                                                                                const len9 = data52.length;
                                                                                                                for (let i9 = 0; i9 < len9; i9++) {
                                                                                                                    let data53 = data52[i9];
                                                                                                                    const _errs116 = errors;
                                                                                                                    const _errs117 = errors;
                                                                                                                    if (errors === _errs116) {
                                                                                                                        if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                                                                                                            let missing9;
                                                                                                                            if (((((data53.annotationDate === undefined) && (missing9 = "annotationDate")) || ((data53.annotationType === undefined) && (missing9 = "annotationType"))) || ((data53.annotator === undefined) && (missing9 = "annotator"))) || ((data53.comment === undefined) && (missing9 = "comment"))) {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                const _errs118 = errors;
                                                                                                                                for (const key9 in data53) {
                                                                                                                                    if (!((((key9 === "annotationDate") || (key9 === "annotationType")) || (key9 === "annotator")) || (key9 === "comment"))) {
                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" }];
                                                                                                                                        return false;
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                if (_errs118 === errors) {
                                                                                                                                    if (data53.annotationDate !== undefined) {
                                                                                                                                        let data54 = data53.annotationDate;
                                                                                                                                        const _errs119 = errors;
                                                                                                                                        if (typeof data54 !== "string") {
                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/annotationDate", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/annotationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        const _errs120 = errors;
                                                                                                                                        if (errors === _errs119) { }
                                                                                                                                        var valid19 = _errs119 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid19 = true;
                                                                                                                                    }
                                                                                                                                    if (valid19) {
                                                                                                                                        if (data53.annotationType !== undefined) {
                                                                                                                                            let data55 = data53.annotationType;
                                                                                                                                            const _errs121 = errors;
                                                                                                                                            if (typeof data55 !== "string") {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/annotationType", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/annotationType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            const _errs122 = errors;
                                                                                                                                            const vSchema2 = schema6.properties.packages.items.properties.annotations.items.properties.annotationType.enum;
                                                                                                                                            if (!((data55 === "OTHER") || (data55 === "REVIEW"))) {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/annotationType", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/annotationType/enum", keyword: "enum", params: { allowedValues: schema6.properties.packages.items.properties.annotations.items.properties.annotationType.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            else { }
                                                                                                                                            if (errors === _errs121) { }
                                                                                                                                            var valid19 = _errs121 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid19 = true;
                                                                                                                                        }
                                                                                                                                        if (valid19) {
                                                                                                                                            if (data53.annotator !== undefined) {
                                                                                                                                                let data56 = data53.annotator;
                                                                                                                                                const _errs123 = errors;
                                                                                                                                                if (typeof data56 !== "string") {
                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/annotator", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/annotator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                const _errs124 = errors;
                                                                                                                                                if (errors === _errs123) { }
                                                                                                                                                var valid19 = _errs123 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid19 = true;
                                                                                                                                            }
                                                                                                                                            if (valid19) {
                                                                                                                                                if (data53.comment !== undefined) {
                                                                                                                                                    let data57 = data53.comment;
                                                                                                                                                    const _errs125 = errors;
                                                                                                                                                    if (typeof data57 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9 + "/comment", schemaPath: "#/properties/packages/items/properties/annotations/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs126 = errors;
                                                                                                                                                    if (errors === _errs125) { }
                                                                                                                                                    var valid19 = _errs125 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid19 = true;
                                                                                                                                                }
                                                                                                                                                if (valid19) { }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations/" + i9, schemaPath: "#/properties/packages/items/properties/annotations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        if (errors === _errs116) { }
                                                                                                                    }
                                                                                                                    var valid18 = _errs116 === errors;
                                                                                                                    if (!valid18) {
                                                                                                                        break;
                                                                                                                    }
                                                                                                                }
                                                                                                                if (valid18) { }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/annotations", schemaPath: "#/properties/packages/items/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            if (errors === _errs114) { }
                                                                                                        }
                                                                                                        var valid17 = _errs114 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid17 = true;
                                                                                                    }
                                                                                                    if (valid17) {
                                                                                                        if (data50.attributionTexts !== undefined) {
                                                                                                            let data58 = data50.attributionTexts;
                                                                                                            const _errs127 = errors;
                                                                                                            const _errs128 = errors;
                                                                                                            if (errors === _errs127) {
                                                                                                                if (Array.isArray(data58)) {
                                                                                                                    var valid20 = true;
                                                                                                                    const len10 = data58.length;
                                                                                                                    for (let i10 = 0; i10 < len10; i10++) {
                                                                                                                        let data59 = data58[i10];
                                                                                                                        const _errs129 = errors;
                                                                                                                        if (typeof data59 !== "string") {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/attributionTexts/" + i10, schemaPath: "#/properties/packages/items/properties/attributionTexts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        const _errs130 = errors;
                                                                                                                        if (errors === _errs129) { }
                                                                                                                        var valid20 = _errs129 === errors;
                                                                                                                        if (!valid20) {
                                                                                                                            break;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    if (valid20) { }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/attributionTexts", schemaPath: "#/properties/packages/items/properties/attributionTexts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                if (errors === _errs127) { }
                                                                                                            }
                                                                                                            var valid17 = _errs127 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid17 = true;
                                                                                                        }
                                                                                                        if (valid17) {
                                                                                                            if (data50.builtDate !== undefined) {
                                                                                                                let data60 = data50.builtDate;
                                                                                                                const _errs131 = errors;
                                                                                                                if (typeof data60 !== "string") {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/builtDate", schemaPath: "#/properties/packages/items/properties/builtDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                const _errs132 = errors;
                                                                                                                if (errors === _errs131) { }
                                                                                                                var valid17 = _errs131 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid17 = true;
                                                                                                            }
                                                                                                            if (valid17) {
                                                                                                                if (data50.checksums !== undefined) {
                                                                                                                    let data61 = data50.checksums;
                                                                                                                    const _errs133 = errors;
                                                                                                                    const _errs134 = errors;
                                                                                                                    if (errors === _errs133) {
                                                                                                                        if (Array.isArray(data61)) {
                                                                                                                            var valid21 = true;
                                                                                                                            const len11 = data61.length;
                                                                                                                            for (let i11 = 0; i11 < len11; i11++) {
                                                                                                                                let data62 = data61[i11];
                                                                                                                                const _errs135 = errors;
                                                                                                                                const _errs136 = errors;
                                                                                                                                if (errors === _errs135) {
                                                                                                                                    if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                                                                                                                        let missing10;
                                                                                                                                        if (((data62.algorithm === undefined) && (missing10 = "algorithm")) || ((data62.checksumValue === undefined) && (missing10 = "checksumValue"))) {
                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11, schemaPath: "#/properties/packages/items/properties/checksums/items/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            const _errs137 = errors;
                                                                                                                                            for (const key10 in data62) {
                                                                                                                                                if (!((key10 === "algorithm") || (key10 === "checksumValue"))) {
                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11, schemaPath: "#/properties/packages/items/properties/checksums/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" }];
                                                                                                                                                    return false;
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            if (_errs137 === errors) {
                                                                                                                                                if (data62.algorithm !== undefined) {
                                                                                                                                                    let data63 = data62.algorithm;
                                                                                                                                                    const _errs138 = errors;
                                                                                                                                                    if (typeof data63 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11 + "/algorithm", schemaPath: "#/properties/packages/items/properties/checksums/items/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs139 = errors;
                                                                                                                                                    const vSchema3 = schema6.properties.packages.items.properties.checksums.items.properties.algorithm.enum;
                                                                                                                                                    if (!(((((((((((((((((data63 === "SHA1") || (data63 === "BLAKE3")) || (data63 === "SHA3-384")) || (data63 === "SHA256")) || (data63 === "SHA384")) || (data63 === "BLAKE2b-512")) || (data63 === "BLAKE2b-256")) || (data63 === "SHA3-512")) || (data63 === "MD2")) || (data63 === "ADLER32")) || (data63 === "MD4")) || (data63 === "SHA3-256")) || (data63 === "BLAKE2b-384")) || (data63 === "SHA512")) || (data63 === "MD6")) || (data63 === "MD5")) || (data63 === "SHA224"))) {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11 + "/algorithm", schemaPath: "#/properties/packages/items/properties/checksums/items/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema6.properties.packages.items.properties.checksums.items.properties.algorithm.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    else { }
                                                                                                                                                    if (errors === _errs138) { }
                                                                                                                                                    var valid22 = _errs138 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid22 = true;
                                                                                                                                                }
                                                                                                                                                if (valid22) {
                                                                                                                                                    if (data62.checksumValue !== undefined) {
                                                                                                                                                        let data64 = data62.checksumValue;
                                                                                                                                                        const _errs140 = errors;
                                                                                                                                                        if (typeof data64 !== "string") {
                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11 + "/checksumValue", schemaPath: "#/properties/packages/items/properties/checksums/items/properties/checksumValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                            return false;
                                                                                                                                                        }
                                                                                                                                                        const _errs141 = errors;
                                                                                                                                                        if (errors === _errs140) { }
                                                                                                                                                        var valid22 = _errs140 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid22 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid22) { }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/checksums/" + i11, schemaPath: "#/properties/packages/items/properties/checksums/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    if (errors === _errs135) { }
                                                                                                                                }
                                                                                                                                var valid21 = _errs135 === errors;
                                                                                                                                if (!valid21) {
                                                                                                                                    break;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            if (valid21) { }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/checksums", schemaPath: "#/properties/packages/items/properties/checksums/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        if (errors === _errs133) { }
                                                                                                                    }
                                                                                                                    var valid17 = _errs133 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid17 = true;
                                                                                                                }
                                                                                                                if (valid17) {
                                                                                                                    if (data50.comment !== undefined) {
                                                                                                                        let data65 = data50.comment;
                                                                                                                        const _errs142 = errors;
                                                                                                                        if (typeof data65 !== "string") {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/comment", schemaPath: "#/properties/packages/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        const _errs143 = errors;
                                                                                                                        if (errors === _errs142) { }
                                                                                                                        var valid17 = _errs142 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid17 = true;
                                                                                                                    }
                                                                                                                    if (valid17) {
                                                                                                                        if (data50.copyrightText !== undefined) {
                                                                                                                            let data66 = data50.copyrightText;
                                                                                                                            const _errs144 = errors;
                                                                                                                            if (typeof data66 !== "string") {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/copyrightText", schemaPath: "#/properties/packages/items/properties/copyrightText/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            const _errs145 = errors;
                                                                                                                            if (errors === _errs144) { }
                                                                                                                            var valid17 = _errs144 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid17 = true;
                                                                                                                        }
                                                                                                                        if (valid17) {
                                                                                                                            if (data50.description !== undefined) {
                                                                                                                                let data67 = data50.description;
                                                                                                                                const _errs146 = errors;
                                                                                                                                if (typeof data67 !== "string") {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/description", schemaPath: "#/properties/packages/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                const _errs147 = errors;
                                                                                                                                if (errors === _errs146) { }
                                                                                                                                var valid17 = _errs146 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid17 = true;
                                                                                                                            }
                                                                                                                            if (valid17) {
                                                                                                                                if (data50.downloadLocation !== undefined) {
                                                                                                                                    let data68 = data50.downloadLocation;
                                                                                                                                    const _errs148 = errors;
                                                                                                                                    if (typeof data68 !== "string") {
                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/downloadLocation", schemaPath: "#/properties/packages/items/properties/downloadLocation/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    const _errs149 = errors;
                                                                                                                                    if (errors === _errs148) { }
                                                                                                                                    var valid17 = _errs148 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid17 = true;
                                                                                                                                }
                                                                                                                                if (valid17) {
                                                                                                                                    if (data50.externalRefs !== undefined) {
                                                                                                                                        let data69 = data50.externalRefs;
                                                                                                                                        const _errs150 = errors;
                                                                                                                                        const _errs151 = errors;
                                                                                                                                        if (errors === _errs150) {
                                                                                                                                            if (Array.isArray(data69)) {
                                                                                                                                                var valid23 = true;
                                                                                                                                                const len12 = data69.length;
                                                                                                                                                for (let i12 = 0; i12 < len12; i12++) {
                                                                                                                                                    let data70 = data69[i12];
                                                                                                                                                    const _errs152 = errors;
                                                                                                                                                    const _errs153 = errors;
                                                                                                                                                    if (errors === _errs152) {
                                                                                                                                                        if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                                                                                                                                            let missing11;
                                                                                                                                                            if ((((data70.referenceCategory === undefined) && (missing11 = "referenceCategory")) || ((data70.referenceLocator === undefined) && (missing11 = "referenceLocator"))) || ((data70.referenceType === undefined) && (missing11 = "referenceType"))) {
                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12, schemaPath: "#/properties/packages/items/properties/externalRefs/items/required", keyword: "required", params: { missingProperty: missing11 }, message: "must have required property '" + missing11 + "'" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                const _errs154 = errors;
                                                                                                                                                                for (const key11 in data70) {
                                                                                                                                                                    if (!((((key11 === "comment") || (key11 === "referenceCategory")) || (key11 === "referenceLocator")) || (key11 === "referenceType"))) {
                                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12, schemaPath: "#/properties/packages/items/properties/externalRefs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" }];
                                                                                                                                                                        return false;
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                if (_errs154 === errors) {
                                                                                                                                                                    if (data70.comment !== undefined) {
                                                                                                                                                                        let data71 = data70.comment;
                                                                                                                                                                        const _errs155 = errors;
                                                                                                                                                                        if (typeof data71 !== "string") {
                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/comment", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                        const _errs156 = errors;
                                                                                                                                                                        if (errors === _errs155) { }
                                                                                                                                                                        var valid24 = _errs155 === errors;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        var valid24 = true;
                                                                                                                                                                    }
                                                                                                                                                                    if (valid24) {
                                                                                                                                                                        if (data70.referenceCategory !== undefined) {
                                                                                                                                                                            let data72 = data70.referenceCategory;
                                                                                                                                                                            const _errs157 = errors;
                                                                                                                                                                            if (typeof data72 !== "string") {
                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/referenceCategory", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/referenceCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                            const _errs158 = errors;
                                                                                                                                                                            const vSchema4 = schema6.properties.packages.items.properties.externalRefs.items.properties.referenceCategory.enum;
                                                                                                                                                                            if (!((((data72 === "OTHER") || (data72 === "PERSISTENT-ID")) || (data72 === "SECURITY")) || (data72 === "PACKAGE-MANAGER"))) {
                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/referenceCategory", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/referenceCategory/enum", keyword: "enum", params: { allowedValues: schema6.properties.packages.items.properties.externalRefs.items.properties.referenceCategory.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                            else { }
                                                                                                                                                                            if (errors === _errs157) { }
                                                                                                                                                                            var valid24 = _errs157 === errors;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            var valid24 = true;
                                                                                                                                                                        }
                                                                                                                                                                        if (valid24) {
                                                                                                                                                                            if (data70.referenceLocator !== undefined) {
                                                                                                                                                                                let data73 = data70.referenceLocator;
                                                                                                                                                                                const _errs159 = errors;
                                                                                                                                                                                if (typeof data73 !== "string") {
                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/referenceLocator", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/referenceLocator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                                const _errs160 = errors;
                                                                                                                                                                                if (errors === _errs159) { }
                                                                                                                                                                                var valid24 = _errs159 === errors;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                var valid24 = true;
                                                                                                                                                                            }
                                                                                                                                                                            if (valid24) {
                                                                                                                                                                                if (data70.referenceType !== undefined) {
                                                                                                                                                                                    let data74 = data70.referenceType;
                                                                                                                                                                                    const _errs161 = errors;
                                                                                                                                                                                    if (typeof data74 !== "string") {
                                                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12 + "/referenceType", schemaPath: "#/properties/packages/items/properties/externalRefs/items/properties/referenceType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                    const _errs162 = errors;
                                                                                                                                                                                    if (errors === _errs161) { }
                                                                                                                                                                                    var valid24 = _errs161 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid24 = true;
                                                                                                                                                                                }
                                                                                                                                                                                if (valid24) { }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs/" + i12, schemaPath: "#/properties/packages/items/properties/externalRefs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                            return false;
                                                                                                                                                        }
                                                                                                                                                        if (errors === _errs152) { }
                                                                                                                                                    }
                                                                                                                                                    var valid23 = _errs152 === errors;
                                                                                                                                                    if (!valid23) {
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                if (valid23) { }
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/externalRefs", schemaPath: "#/properties/packages/items/properties/externalRefs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            if (errors === _errs150) { }
                                                                                                                                        }
                                                                                                                                        var valid17 = _errs150 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid17 = true;
                                                                                                                                    }
                                                                                                                                    if (valid17) {
                                                                                                                                        if (data50.filesAnalyzed !== undefined) {
                                                                                                                                            let data75 = data50.filesAnalyzed;
                                                                                                                                            const _errs163 = errors;
                                                                                                                                            if (typeof data75 !== "boolean") {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/filesAnalyzed", schemaPath: "#/properties/packages/items/properties/filesAnalyzed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            const _errs164 = errors;
                                                                                                                                            if (errors === _errs163) { }
                                                                                                                                            var valid17 = _errs163 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid17 = true;
                                                                                                                                        }
                                                                                                                                        if (valid17) {
                                                                                                                                            if (data50.hasFiles !== undefined) {
                                                                                                                                                let data76 = data50.hasFiles;
                                                                                                                                                const _errs165 = errors;
                                                                                                                                                const _errs166 = errors;
                                                                                                                                                if (errors === _errs165) {
                                                                                                                                                    if (Array.isArray(data76)) {
                                                                                                                                                        var valid25 = true;
                                                                                                                                                        const len13 = data76.length;
                                                                                                                                                        for (let i13 = 0; i13 < len13; i13++) {
                                                                                                                                                            let data77 = data76[i13];
                                                                                                                                                            const _errs167 = errors;
                                                                                                                                                            if (typeof data77 !== "string") {
                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/hasFiles/" + i13, schemaPath: "#/properties/packages/items/properties/hasFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            const _errs168 = errors;
                                                                                                                                                            if (errors === _errs167) { }
                                                                                                                                                            var valid25 = _errs167 === errors;
                                                                                                                                                            if (!valid25) {
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        if (valid25) { }
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/hasFiles", schemaPath: "#/properties/packages/items/properties/hasFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    if (errors === _errs165) { }
                                                                                                                                                }
                                                                                                                                                var valid17 = _errs165 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid17 = true;
                                                                                                                                            }
                                                                                                                                            if (valid17) {
                                                                                                                                                if (data50.homepage !== undefined) {
                                                                                                                                                    let data78 = data50.homepage;
                                                                                                                                                    const _errs169 = errors;
                                                                                                                                                    if (typeof data78 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/homepage", schemaPath: "#/properties/packages/items/properties/homepage/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs170 = errors;
                                                                                                                                                    if (errors === _errs169) { }
                                                                                                                                                    var valid17 = _errs169 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid17 = true;
                                                                                                                                                }
                                                                                                                                                if (valid17) {
                                                                                                                                                    if (data50.licenseComments !== undefined) {
                                                                                                                                                        let data79 = data50.licenseComments;
                                                                                                                                                        const _errs171 = errors;
                                                                                                                                                        if (typeof data79 !== "string") {
                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/licenseComments", schemaPath: "#/properties/packages/items/properties/licenseComments/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                            return false;
                                                                                                                                                        }
                                                                                                                                                        const _errs172 = errors;
                                                                                                                                                        if (errors === _errs171) { }
                                                                                                                                                        var valid17 = _errs171 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid17 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid17) {
                                                                                                                                                        if (data50.licenseConcluded !== undefined) {
                                                                                                                                                            let data80 = data50.licenseConcluded;
                                                                                                                                                            const _errs173 = errors;
                                                                                                                                                            if (typeof data80 !== "string") {
                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/licenseConcluded", schemaPath: "#/properties/packages/items/properties/licenseConcluded/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            const _errs174 = errors;
                                                                                                                                                            if (errors === _errs173) { }
                                                                                                                                                            var valid17 = _errs173 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid17 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid17) {
                                                                                                                                                            if (data50.licenseDeclared !== undefined) {
                                                                                                                                                                let data81 = data50.licenseDeclared;
                                                                                                                                                                const _errs175 = errors;
                                                                                                                                                                if (typeof data81 !== "string") {
                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/licenseDeclared", schemaPath: "#/properties/packages/items/properties/licenseDeclared/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                                const _errs176 = errors;
                                                                                                                                                                if (errors === _errs175) { }
                                                                                                                                                                var valid17 = _errs175 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid17 = true;
                                                                                                                                                            }
                                                                                                                                                            if (valid17) {
                                                                                                                                                                if (data50.licenseInfoFromFiles !== undefined) {
                                                                                                                                                                    let data82 = data50.licenseInfoFromFiles;
                                                                                                                                                                    const _errs177 = errors;
                                                                                                                                                                    const _errs178 = errors;
                                                                                                                                                                    if (errors === _errs177) {
                                                                                                                                                                        if (Array.isArray(data82)) {
                                                                                                                                                                            var valid26 = true;
                                                                                                                                                                            const len14 = data82.length;
                                                                                                                                                                            for (let i14 = 0; i14 < len14; i14++) {
                                                                                                                                                                                let data83 = data82[i14];
                                                                                                                                                                                const _errs179 = errors;
                                                                                                                                                                                if (typeof data83 !== "string") {
                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/licenseInfoFromFiles/" + i14, schemaPath: "#/properties/packages/items/properties/licenseInfoFromFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                                const _errs180 = errors;
                                                                                                                                                                                if (errors === _errs179) { }
                                                                                                                                                                                var valid26 = _errs179 === errors;
                                                                                                                                                                                if (!valid26) {
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            if (valid26) { }
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/licenseInfoFromFiles", schemaPath: "#/properties/packages/items/properties/licenseInfoFromFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                        if (errors === _errs177) { }
                                                                                                                                                                    }
                                                                                                                                                                    var valid17 = _errs177 === errors;
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    var valid17 = true;
                                                                                                                                                                }
                                                                                                                                                                if (valid17) {
                                                                                                                                                                    if (data50.name !== undefined) {
                                                                                                                                                                        let data84 = data50.name;
                                                                                                                                                                        const _errs181 = errors;
                                                                                                                                                                        if (typeof data84 !== "string") {
                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/name", schemaPath: "#/properties/packages/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                        const _errs182 = errors;
                                                                                                                                                                        if (errors === _errs181) { }
                                                                                                                                                                        var valid17 = _errs181 === errors;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        var valid17 = true;
                                                                                                                                                                    }
                                                                                                                                                                    if (valid17) {
                                                                                                                                                                        if (data50.originator !== undefined) {
                                                                                                                                                                            let data85 = data50.originator;
                                                                                                                                                                            const _errs183 = errors;
                                                                                                                                                                            if (typeof data85 !== "string") {
                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/originator", schemaPath: "#/properties/packages/items/properties/originator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                            const _errs184 = errors;
                                                                                                                                                                            if (errors === _errs183) { }
                                                                                                                                                                            var valid17 = _errs183 === errors;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            var valid17 = true;
                                                                                                                                                                        }
                                                                                                                                                                        if (valid17) {
                                                                                                                                                                            if (data50.packageFileName !== undefined) {
                                                                                                                                                                                let data86 = data50.packageFileName;
                                                                                                                                                                                const _errs185 = errors;
                                                                                                                                                                                if (typeof data86 !== "string") {
                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/packageFileName", schemaPath: "#/properties/packages/items/properties/packageFileName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                                const _errs186 = errors;
                                                                                                                                                                                if (errors === _errs185) { }
                                                                                                                                                                                var valid17 = _errs185 === errors;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                var valid17 = true;
                                                                                                                                                                            }
                                                                                                                                                                            if (valid17) {
                                                                                                                                                                                if (data50.packageVerificationCode !== undefined) {
                                                                                                                                                                                    let data87 = data50.packageVerificationCode;
                                                                                                                                                                                    const _errs187 = errors;
                                                                                                                                                                                    const _errs188 = errors;
                                                                                                                                                                                    if (errors === _errs187) {
                                                                                                                                                                                        if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                                                                                                                                                                            let missing12;
                                                                                                                                                                                            if ((data87.packageVerificationCodeValue === undefined) && (missing12 = "packageVerificationCodeValue")) {
                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/required", keyword: "required", params: { missingProperty: missing12 }, message: "must have required property '" + missing12 + "'" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                const _errs189 = errors;
                                                                                                                                                                                                for (const key12 in data87) {
                                                                                                                                                                                                    if (!((key12 === "packageVerificationCodeExcludedFiles") || (key12 === "packageVerificationCodeValue"))) {
                                                                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }];
                                                                                                                                                                                                        return false;
                                                                                                                                                                                                        break;
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                                if (_errs189 === errors) {
                                                                                                                                                                                                    if (data87.packageVerificationCodeExcludedFiles !== undefined) {
                                                                                                                                                                                                        let data88 = data87.packageVerificationCodeExcludedFiles;
                                                                                                                                                                                                        const _errs190 = errors;
                                                                                                                                                                                                        const _errs191 = errors;
                                                                                                                                                                                                        if (errors === _errs190) {
                                                                                                                                                                                                            if (Array.isArray(data88)) {
                                                                                                                                                                                                                var valid28 = true;
                                                                                                                                                                                                                const len15 = data88.length;
                                                                                                                                                                                                                for (let i15 = 0; i15 < len15; i15++) {
                                                                                                                                                                                                                    let data89 = data88[i15];
                                                                                                                                                                                                                    const _errs192 = errors;
                                                                                                                                                                                                                    if (typeof data89 !== "string") {
                                                                                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode/packageVerificationCodeExcludedFiles/" + i15, schemaPath: "#/properties/packages/items/properties/packageVerificationCode/properties/packageVerificationCodeExcludedFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                                        return false;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    const _errs193 = errors;
                                                                                                                                                                                                                    if (errors === _errs192) { }
                                                                                                                                                                                                                    var valid28 = _errs192 === errors;
                                                                                                                                                                                                                    if (!valid28) {
                                                                                                                                                                                                                        break;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                }
                                                                                                                                                                                                                if (valid28) { }
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode/packageVerificationCodeExcludedFiles", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/properties/packageVerificationCodeExcludedFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                                                                                return false;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            if (errors === _errs190) { }
                                                                                                                                                                                                        }
                                                                                                                                                                                                        var valid27 = _errs190 === errors;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        var valid27 = true;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (valid27) {
                                                                                                                                                                                                        if (data87.packageVerificationCodeValue !== undefined) {
                                                                                                                                                                                                            let data90 = data87.packageVerificationCodeValue;
                                                                                                                                                                                                            const _errs194 = errors;
                                                                                                                                                                                                            if (typeof data90 !== "string") {
                                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode/packageVerificationCodeValue", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/properties/packageVerificationCodeValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                                return false;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            const _errs195 = errors;
                                                                                                                                                                                                            if (errors === _errs194) { }
                                                                                                                                                                                                            var valid27 = _errs194 === errors;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            var valid27 = true;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        if (valid27) { }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/packageVerificationCode", schemaPath: "#/properties/packages/items/properties/packageVerificationCode/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                        if (errors === _errs187) { }
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid17 = _errs187 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid17 = true;
                                                                                                                                                                                }
                                                                                                                                                                                if (valid17) {
                                                                                                                                                                                    if (data50.primaryPackagePurpose !== undefined) {
                                                                                                                                                                                        let data91 = data50.primaryPackagePurpose;
                                                                                                                                                                                        const _errs196 = errors;
                                                                                                                                                                                        if (typeof data91 !== "string") {
                                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/primaryPackagePurpose", schemaPath: "#/properties/packages/items/properties/primaryPackagePurpose/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                        const _errs197 = errors;
                                                                                                                                                                                        const vSchema5 = schema6.properties.packages.items.properties.primaryPackagePurpose.enum;
                                                                                                                                                                                        if (!((((((((((((data91 === "OTHER") || (data91 === "INSTALL")) || (data91 === "ARCHIVE")) || (data91 === "FIRMWARE")) || (data91 === "APPLICATION")) || (data91 === "FRAMEWORK")) || (data91 === "LIBRARY")) || (data91 === "CONTAINER")) || (data91 === "SOURCE")) || (data91 === "DEVICE")) || (data91 === "OPERATING_SYSTEM")) || (data91 === "FILE"))) {
                                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/primaryPackagePurpose", schemaPath: "#/properties/packages/items/properties/primaryPackagePurpose/enum", keyword: "enum", params: { allowedValues: schema6.properties.packages.items.properties.primaryPackagePurpose.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                        else { }
                                                                                                                                                                                        if (errors === _errs196) { }
                                                                                                                                                                                        var valid17 = _errs196 === errors;
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        var valid17 = true;
                                                                                                                                                                                    }
                                                                                                                                                                                    if (valid17) {
                                                                                                                                                                                        if (data50.releaseDate !== undefined) {
                                                                                                                                                                                            let data92 = data50.releaseDate;
                                                                                                                                                                                            const _errs198 = errors;
                                                                                                                                                                                            if (typeof data92 !== "string") {
                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/releaseDate", schemaPath: "#/properties/packages/items/properties/releaseDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                            const _errs199 = errors;
                                                                                                                                                                                            if (errors === _errs198) { }
                                                                                                                                                                                            var valid17 = _errs198 === errors;
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            var valid17 = true;
                                                                                                                                                                                        }
                                                                                                                                                                                        if (valid17) {
                                                                                                                                                                                            if (data50.sourceInfo !== undefined) {
                                                                                                                                                                                                let data93 = data50.sourceInfo;
                                                                                                                                                                                                const _errs200 = errors;
                                                                                                                                                                                                if (typeof data93 !== "string") {
                                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/sourceInfo", schemaPath: "#/properties/packages/items/properties/sourceInfo/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                    return false;
                                                                                                                                                                                                }
                                                                                                                                                                                                const _errs201 = errors;
                                                                                                                                                                                                if (errors === _errs200) { }
                                                                                                                                                                                                var valid17 = _errs200 === errors;
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                var valid17 = true;
                                                                                                                                                                                            }
                                                                                                                                                                                            if (valid17) {
                                                                                                                                                                                                if (data50.summary !== undefined) {
                                                                                                                                                                                                    let data94 = data50.summary;
                                                                                                                                                                                                    const _errs202 = errors;
                                                                                                                                                                                                    if (typeof data94 !== "string") {
                                                                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/summary", schemaPath: "#/properties/packages/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                        return false;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    const _errs203 = errors;
                                                                                                                                                                                                    if (errors === _errs202) { }
                                                                                                                                                                                                    var valid17 = _errs202 === errors;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    var valid17 = true;
                                                                                                                                                                                                }
                                                                                                                                                                                                if (valid17) {
                                                                                                                                                                                                    if (data50.supplier !== undefined) {
                                                                                                                                                                                                        let data95 = data50.supplier;
                                                                                                                                                                                                        const _errs204 = errors;
                                                                                                                                                                                                        if (typeof data95 !== "string") {
                                                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/supplier", schemaPath: "#/properties/packages/items/properties/supplier/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                            return false;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        const _errs205 = errors;
                                                                                                                                                                                                        if (errors === _errs204) { }
                                                                                                                                                                                                        var valid17 = _errs204 === errors;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        var valid17 = true;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (valid17) {
                                                                                                                                                                                                        if (data50.validUntilDate !== undefined) {
                                                                                                                                                                                                            let data96 = data50.validUntilDate;
                                                                                                                                                                                                            const _errs206 = errors;
                                                                                                                                                                                                            if (typeof data96 !== "string") {
                                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/validUntilDate", schemaPath: "#/properties/packages/items/properties/validUntilDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                                return false;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            const _errs207 = errors;
                                                                                                                                                                                                            if (errors === _errs206) { }
                                                                                                                                                                                                            var valid17 = _errs206 === errors;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            var valid17 = true;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        if (valid17) {
                                                                                                                                                                                                            if (data50.versionInfo !== undefined) {
                                                                                                                                                                                                                let data97 = data50.versionInfo;
                                                                                                                                                                                                                const _errs208 = errors;
                                                                                                                                                                                                                if (typeof data97 !== "string") {
                                                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/packages/" + i8 + "/versionInfo", schemaPath: "#/properties/packages/items/properties/versionInfo/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                                    return false;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                const _errs209 = errors;
                                                                                                                                                                                                                if (errors === _errs208) { }
                                                                                                                                                                                                                var valid17 = _errs208 === errors;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                var valid17 = true;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            if (valid17) { }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/packages/" + i8, schemaPath: "#/properties/packages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                        return false;
                                                                                    }
                                                                                    if (errors === _errs109) { }
                                                                                }
                                                                                var valid16 = _errs109 === errors;
                                                                                if (!valid16) {
                                                                                    break;
                                                                                }
                                                                            }
                                                                            if (valid16) { }
                                                                        }
                                                                        else {
                                                                            validate21.errors = [{ instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                            return false;
                                                                        }
                                                                        if (errors === _errs107) { }
                                                                    }
                                                                    var valid0 = _errs107 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data.files !== undefined) {
                                                                        let data98 = data.files;
                                                                        const _errs210 = errors;
                                                                        const _errs211 = errors;
                                                                        if (errors === _errs210) {
                                                                            if (Array.isArray(data98)) {
                                                                                var valid29 = true;
                                                                                const len16 = data98.length;
                                                                                for (let i16 = 0; i16 < len16; i16++) {
                                                                                    let data99 = data98[i16];
                                                                                    const _errs212 = errors;
                                                                                    const _errs213 = errors;
                                                                                    if (errors === _errs212) {
                                                                                        if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                                                                                            let missing13;
                                                                                            if ((((data99.SPDXID === undefined) && (missing13 = "SPDXID")) || ((data99.checksums === undefined) && (missing13 = "checksums"))) || ((data99.fileName === undefined) && (missing13 = "fileName"))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: missing13 }, message: "must have required property '" + missing13 + "'" }];
                                                                                                return false;
                                                                                            }
                                                                                            else {
                                                                                                const _errs214 = errors;
                                                                                                for (const key13 in data99) {
                                                                                                    if (!(func2.call(schema6.properties.files.items.properties, key13))) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" }];
                                                                                                        return false;
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                                if (_errs214 === errors) {
                                                                                                    if (data99.SPDXID !== undefined) {
                                                                                                        let data100 = data99.SPDXID;
                                                                                                        const _errs215 = errors;
                                                                                                        if (typeof data100 !== "string") {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/SPDXID", schemaPath: "#/properties/files/items/properties/SPDXID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        const _errs216 = errors;
                                                                                                        if (errors === _errs215) { }
                                                                                                        var valid30 = _errs215 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid30 = true;
                                                                                                    }
                                                                                                    if (valid30) {
                                                                                                        if (data99.annotations !== undefined) {
                                                                                                            let data101 = data99.annotations;
                                                                                                            const _errs217 = errors;
                                                                                                            const _errs218 = errors;
                                                                                                            if (errors === _errs217) {
                                                                                                                if (Array.isArray(data101)) {
                                                                                                                    var valid31 = true;
                                                                                                                    const len17 = data101.length;
                                                                                                                    for (let i17 = 0; i17 < len17; i17++) {
                                                                                                                        let data102 = data101[i17];
                                                                                                                        const _errs219 = errors;
                                                                                                                        const _errs220 = errors;
                                                                                                                        if (errors === _errs219) {
                                                                                                                            if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                                                                                                                                let missing14;
                                                                                                                                if (((((data102.annotationDate === undefined) && (missing14 = "annotationDate")) || ((data102.annotationType === undefined) && (missing14 = "annotationType"))) || ((data102.annotator === undefined) && (missing14 = "annotator"))) || ((data102.comment === undefined) && (missing14 = "comment"))) {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: missing14 }, message: "must have required property '" + missing14 + "'" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    const _errs221 = errors;
                                                                                                                                    for (const key14 in data102) {
                                                                                                                                        if (!((((key14 === "annotationDate") || (key14 === "annotationType")) || (key14 === "annotator")) || (key14 === "comment"))) {
                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" }];
                                                                                                                                            return false;
                                                                                                                                            break;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    if (_errs221 === errors) {
                                                                                                                                        if (data102.annotationDate !== undefined) {
                                                                                                                                            let data103 = data102.annotationDate;
                                                                                                                                            const _errs222 = errors;
                                                                                                                                            if (typeof data103 !== "string") {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/annotationDate", schemaPath: "#/properties/files/items/properties/annotations/items/properties/annotationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            const _errs223 = errors;
                                                                                                                                            if (errors === _errs222) { }
                                                                                                                                            var valid32 = _errs222 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid32 = true;
                                                                                                                                        }
                                                                                                                                        if (valid32) {
                                                                                                                                            if (data102.annotationType !== undefined) {
                                                                                                                                                let data104 = data102.annotationType;
                                                                                                                                                const _errs224 = errors;
                                                                                                                                                if (typeof data104 !== "string") {
                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/annotationType", schemaPath: "#/properties/files/items/properties/annotations/items/properties/annotationType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                const _errs225 = errors;
                                                                                                                                                const vSchema6 = schema6.properties.files.items.properties.annotations.items.properties.annotationType.enum;
                                                                                                                                                if (!((data104 === "OTHER") || (data104 === "REVIEW"))) {
                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/annotationType", schemaPath: "#/properties/files/items/properties/annotations/items/properties/annotationType/enum", keyword: "enum", params: { allowedValues: schema6.properties.files.items.properties.annotations.items.properties.annotationType.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                else { }
                                                                                                                                                if (errors === _errs224) { }
                                                                                                                                                var valid32 = _errs224 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid32 = true;
                                                                                                                                            }
                                                                                                                                            if (valid32) {
                                                                                                                                                if (data102.annotator !== undefined) {
                                                                                                                                                    let data105 = data102.annotator;
                                                                                                                                                    const _errs226 = errors;
                                                                                                                                                    if (typeof data105 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/annotator", schemaPath: "#/properties/files/items/properties/annotations/items/properties/annotator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs227 = errors;
                                                                                                                                                    if (errors === _errs226) { }
                                                                                                                                                    var valid32 = _errs226 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid32 = true;
                                                                                                                                                }
                                                                                                                                                if (valid32) {
                                                                                                                                                    if (data102.comment !== undefined) {
                                                                                                                                                        let data106 = data102.comment;
                                                                                                                                                        const _errs228 = errors;
                                                                                                                                                        if (typeof data106 !== "string") {
                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17 + "/comment", schemaPath: "#/properties/files/items/properties/annotations/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                            return false;
                                                                                                                                                        }
                                                                                                                                                        const _errs229 = errors;
                                                                                                                                                        if (errors === _errs228) { }
                                                                                                                                                        var valid32 = _errs228 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid32 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid32) { }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations/" + i17, schemaPath: "#/properties/files/items/properties/annotations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            if (errors === _errs219) { }
                                                                                                                        }
                                                                                                                        var valid31 = _errs219 === errors;
                                                                                                                        if (!valid31) {
                                                                                                                            break;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    if (valid31) { }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/annotations", schemaPath: "#/properties/files/items/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                if (errors === _errs217) { }
                                                                                                            }
                                                                                                            var valid30 = _errs217 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid30 = true;
                                                                                                        }
                                                                                                        if (valid30) {
                                                                                                            if (data99.artifactOfs !== undefined) {
                                                                                                                let data107 = data99.artifactOfs;
                                                                                                                const _errs230 = errors;
                                                                                                                const _errs231 = errors;
                                                                                                                if (errors === _errs230) {
                                                                                                                    if (Array.isArray(data107)) {
                                                                                                                        var valid33 = true;
                                                                                                                        const len18 = data107.length;
                                                                                                                        for (let i18 = 0; i18 < len18; i18++) {
                                                                                                                            let data108 = data107[i18];
                                                                                                                            const _errs232 = errors;
                                                                                                                            if (!(data108 && typeof data108 == "object" && !Array.isArray(data108))) {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/artifactOfs/" + i18, schemaPath: "#/properties/files/items/properties/artifactOfs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            const _errs233 = errors;
                                                                                                                            if (errors === _errs232) { }
                                                                                                                            var valid33 = _errs232 === errors;
                                                                                                                            if (!valid33) {
                                                                                                                                break;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        if (valid33) { }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/artifactOfs", schemaPath: "#/properties/files/items/properties/artifactOfs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    if (errors === _errs230) { }
                                                                                                                }
                                                                                                                var valid30 = _errs230 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid30 = true;
                                                                                                            }
                                                                                                            if (valid30) {
                                                                                                                if (data99.attributionTexts !== undefined) {
                                                                                                                    let data109 = data99.attributionTexts;
                                                                                                                    const _errs234 = errors;
                                                                                                                    const _errs235 = errors;
                                                                                                                    if (errors === _errs234) {
                                                                                                                        if (Array.isArray(data109)) {
                                                                                                                            var valid34 = true;
                                                                                                                            const len19 = data109.length;
                                                                                                                            for (let i19 = 0; i19 < len19; i19++) {
                                                                                                                                let data110 = data109[i19];
                                                                                                                                const _errs236 = errors;
                                                                                                                                if (typeof data110 !== "string") {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/attributionTexts/" + i19, schemaPath: "#/properties/files/items/properties/attributionTexts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                const _errs237 = errors;
                                                                                                                                if (errors === _errs236) { }
                                                                                                                                var valid34 = _errs236 === errors;
                                                                                                                                if (!valid34) {
                                                                                                                                    break;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            if (valid34) { }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/attributionTexts", schemaPath: "#/properties/files/items/properties/attributionTexts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        if (errors === _errs234) { }
                                                                                                                    }
                                                                                                                    var valid30 = _errs234 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid30 = true;
                                                                                                                }
                                                                                                                if (valid30) {
                                                                                                                    if (data99.checksums !== undefined) {
                                                                                                                        let data111 = data99.checksums;
                                                                                                                        const _errs238 = errors;
                                                                                                                        const _errs239 = errors;
                                                                                                                        if (errors === _errs238) {
                                                                                                                            if (Array.isArray(data111)) {
                                                                                                                                if (data111.length < 1) {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/checksums", schemaPath: "#/properties/files/items/properties/checksums/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid35 = true;
                                                                                                                                    const len20 = data111.length;
                                                                                                                                    for (let i20 = 0; i20 < len20; i20++) {
                                                                                                                                        let data112 = data111[i20];
                                                                                                                                        const _errs240 = errors;
                                                                                                                                        const _errs241 = errors;
                                                                                                                                        if (errors === _errs240) {
                                                                                                                                            if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                                                                                                                                                let missing15;
                                                                                                                                                if (((data112.algorithm === undefined) && (missing15 = "algorithm")) || ((data112.checksumValue === undefined) && (missing15 = "checksumValue"))) {
                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20, schemaPath: "#/properties/files/items/properties/checksums/items/required", keyword: "required", params: { missingProperty: missing15 }, message: "must have required property '" + missing15 + "'" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    const _errs242 = errors;
                                                                                                                                                    for (const key15 in data112) {
                                                                                                                                                        if (!((key15 === "algorithm") || (key15 === "checksumValue"))) {
                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20, schemaPath: "#/properties/files/items/properties/checksums/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" }];
                                                                                                                                                            return false;
                                                                                                                                                            break;
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    if (_errs242 === errors) {
                                                                                                                                                        if (data112.algorithm !== undefined) {
                                                                                                                                                            let data113 = data112.algorithm;
                                                                                                                                                            const _errs243 = errors;
                                                                                                                                                            if (typeof data113 !== "string") {
                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20 + "/algorithm", schemaPath: "#/properties/files/items/properties/checksums/items/properties/algorithm/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            const _errs244 = errors;
                                                                                                                                                            const vSchema7 = schema6.properties.files.items.properties.checksums.items.properties.algorithm.enum;
                                                                                                                                                            if (!(((((((((((((((((data113 === "SHA1") || (data113 === "BLAKE3")) || (data113 === "SHA3-384")) || (data113 === "SHA256")) || (data113 === "SHA384")) || (data113 === "BLAKE2b-512")) || (data113 === "BLAKE2b-256")) || (data113 === "SHA3-512")) || (data113 === "MD2")) || (data113 === "ADLER32")) || (data113 === "MD4")) || (data113 === "SHA3-256")) || (data113 === "BLAKE2b-384")) || (data113 === "SHA512")) || (data113 === "MD6")) || (data113 === "MD5")) || (data113 === "SHA224"))) {
                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20 + "/algorithm", schemaPath: "#/properties/files/items/properties/checksums/items/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema6.properties.files.items.properties.checksums.items.properties.algorithm.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            else { }
                                                                                                                                                            if (errors === _errs243) { }
                                                                                                                                                            var valid36 = _errs243 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid36 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid36) {
                                                                                                                                                            if (data112.checksumValue !== undefined) {
                                                                                                                                                                let data114 = data112.checksumValue;
                                                                                                                                                                const _errs245 = errors;
                                                                                                                                                                if (typeof data114 !== "string") {
                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20 + "/checksumValue", schemaPath: "#/properties/files/items/properties/checksums/items/properties/checksumValue/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                                const _errs246 = errors;
                                                                                                                                                                if (errors === _errs245) { }
                                                                                                                                                                var valid36 = _errs245 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid36 = true;
                                                                                                                                                            }
                                                                                                                                                            if (valid36) { }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/checksums/" + i20, schemaPath: "#/properties/files/items/properties/checksums/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            if (errors === _errs240) { }
                                                                                                                                        }
                                                                                                                                        var valid35 = _errs240 === errors;
                                                                                                                                        if (!valid35) {
                                                                                                                                            break;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    if (valid35) { }
                                                                                                                                }
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/checksums", schemaPath: "#/properties/files/items/properties/checksums/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            if (errors === _errs238) { }
                                                                                                                        }
                                                                                                                        var valid30 = _errs238 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid30 = true;
                                                                                                                    }
                                                                                                                    if (valid30) {
                                                                                                                        if (data99.comment !== undefined) {
                                                                                                                            let data115 = data99.comment;
                                                                                                                            const _errs247 = errors;
                                                                                                                            if (typeof data115 !== "string") {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/comment", schemaPath: "#/properties/files/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            const _errs248 = errors;
                                                                                                                            if (errors === _errs247) { }
                                                                                                                            var valid30 = _errs247 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid30 = true;
                                                                                                                        }
                                                                                                                        if (valid30) {
                                                                                                                            if (data99.copyrightText !== undefined) {
                                                                                                                                let data116 = data99.copyrightText;
                                                                                                                                const _errs249 = errors;
                                                                                                                                if (typeof data116 !== "string") {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/copyrightText", schemaPath: "#/properties/files/items/properties/copyrightText/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                const _errs250 = errors;
                                                                                                                                if (errors === _errs249) { }
                                                                                                                                var valid30 = _errs249 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid30 = true;
                                                                                                                            }
                                                                                                                            if (valid30) {
                                                                                                                                if (data99.fileContributors !== undefined) {
                                                                                                                                    let data117 = data99.fileContributors;
                                                                                                                                    const _errs251 = errors;
                                                                                                                                    const _errs252 = errors;
                                                                                                                                    if (errors === _errs251) {
                                                                                                                                        if (Array.isArray(data117)) {
                                                                                                                                            var valid37 = true;
                                                                                                                                            const len21 = data117.length;
                                                                                                                                            for (let i21 = 0; i21 < len21; i21++) {
                                                                                                                                                let data118 = data117[i21];
                                                                                                                                                const _errs253 = errors;
                                                                                                                                                if (typeof data118 !== "string") {
                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/fileContributors/" + i21, schemaPath: "#/properties/files/items/properties/fileContributors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                const _errs254 = errors;
                                                                                                                                                if (errors === _errs253) { }
                                                                                                                                                var valid37 = _errs253 === errors;
                                                                                                                                                if (!valid37) {
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            if (valid37) { }
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/fileContributors", schemaPath: "#/properties/files/items/properties/fileContributors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        if (errors === _errs251) { }
                                                                                                                                    }
                                                                                                                                    var valid30 = _errs251 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid30 = true;
                                                                                                                                }
                                                                                                                                if (valid30) {
                                                                                                                                    if (data99.fileDependencies !== undefined) {
                                                                                                                                        let data119 = data99.fileDependencies;
                                                                                                                                        const _errs255 = errors;
                                                                                                                                        const _errs256 = errors;
                                                                                                                                        if (errors === _errs255) {
                                                                                                                                            if (Array.isArray(data119)) {
                                                                                                                                                var valid38 = true;
                                                                                                                                                const len22 = data119.length;
                                                                                                                                                for (let i22 = 0; i22 < len22; i22++) {
                                                                                                                                                    let data120 = data119[i22];
                                                                                                                                                    const _errs257 = errors;
                                                                                                                                                    if (typeof data120 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/fileDependencies/" + i22, schemaPath: "#/properties/files/items/properties/fileDependencies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs258 = errors;
                                                                                                                                                    if (errors === _errs257) { }
                                                                                                                                                    var valid38 = _errs257 === errors;
                                                                                                                                                    if (!valid38) {
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                if (valid38) { }
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/fileDependencies", schemaPath: "#/properties/files/items/properties/fileDependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            if (errors === _errs255) { }
                                                                                                                                        }
                                                                                                                                        var valid30 = _errs255 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid30 = true;
                                                                                                                                    }
                                                                                                                                    if (valid30) {
                                                                                                                                        if (data99.fileName !== undefined) {
                                                                                                                                            let data121 = data99.fileName;
                                                                                                                                            const _errs259 = errors;
                                                                                                                                            if (typeof data121 !== "string") {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/fileName", schemaPath: "#/properties/files/items/properties/fileName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            const _errs260 = errors;
                                                                                                                                            if (errors === _errs259) { }
                                                                                                                                            var valid30 = _errs259 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid30 = true;
                                                                                                                                        }
                                                                                                                                        if (valid30) {
                                                                                                                                            if (data99.fileTypes !== undefined) {
                                                                                                                                                let data122 = data99.fileTypes;
                                                                                                                                                const _errs261 = errors;
                                                                                                                                                const _errs262 = errors;
                                                                                                                                                if (errors === _errs261) {
                                                                                                                                                    if (Array.isArray(data122)) {
                                                                                                                                                        var valid39 = true;
                                                                                                                                                        const len23 = data122.length;
                                                                                                                                                        for (let i23 = 0; i23 < len23; i23++) {
                                                                                                                                                            let data123 = data122[i23];
                                                                                                                                                            const _errs263 = errors;
                                                                                                                                                            if (typeof data123 !== "string") {
                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/fileTypes/" + i23, schemaPath: "#/properties/files/items/properties/fileTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            const _errs264 = errors;
                                                                                                                                                            const vSchema8 = schema6.properties.files.items.properties.fileTypes.items.enum;
                                                                                                                                                            if (!(((((((((((data123 === "OTHER") || (data123 === "DOCUMENTATION")) || (data123 === "IMAGE")) || (data123 === "VIDEO")) || (data123 === "ARCHIVE")) || (data123 === "SPDX")) || (data123 === "APPLICATION")) || (data123 === "SOURCE")) || (data123 === "BINARY")) || (data123 === "TEXT")) || (data123 === "AUDIO"))) {
                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/fileTypes/" + i23, schemaPath: "#/properties/files/items/properties/fileTypes/items/enum", keyword: "enum", params: { allowedValues: schema6.properties.files.items.properties.fileTypes.items.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            else { }
                                                                                                                                                            if (errors === _errs263) { }
                                                                                                                                                            var valid39 = _errs263 === errors;
                                                                                                                                                            if (!valid39) {
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        if (valid39) { }
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/fileTypes", schemaPath: "#/properties/files/items/properties/fileTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    if (errors === _errs261) { }
                                                                                                                                                }
                                                                                                                                                var valid30 = _errs261 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid30 = true;
                                                                                                                                            }
                                                                                                                                            if (valid30) {
                                                                                                                                                if (data99.licenseComments !== undefined) {
                                                                                                                                                    let data124 = data99.licenseComments;
                                                                                                                                                    const _errs265 = errors;
                                                                                                                                                    if (typeof data124 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/licenseComments", schemaPath: "#/properties/files/items/properties/licenseComments/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs266 = errors;
                                                                                                                                                    if (errors === _errs265) { }
                                                                                                                                                    var valid30 = _errs265 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid30 = true;
                                                                                                                                                }
                                                                                                                                                if (valid30) {
                                                                                                                                                    if (data99.licenseConcluded !== undefined) {
                                                                                                                                                        let data125 = data99.licenseConcluded;
                                                                                                                                                        const _errs267 = errors;
                                                                                                                                                        if (typeof data125 !== "string") {
                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/licenseConcluded", schemaPath: "#/properties/files/items/properties/licenseConcluded/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                            return false;
                                                                                                                                                        }
                                                                                                                                                        const _errs268 = errors;
                                                                                                                                                        if (errors === _errs267) { }
                                                                                                                                                        var valid30 = _errs267 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid30 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid30) {
                                                                                                                                                        if (data99.licenseInfoInFiles !== undefined) {
                                                                                                                                                            let data126 = data99.licenseInfoInFiles;
                                                                                                                                                            const _errs269 = errors;
                                                                                                                                                            const _errs270 = errors;
                                                                                                                                                            if (errors === _errs269) {
                                                                                                                                                                if (Array.isArray(data126)) {
                                                                                                                                                                    var valid40 = true;
                                                                                                                                                                    const len24 = data126.length;
                                                                                                                                                                    for (let i24 = 0; i24 < len24; i24++) {
                                                                                                                                                                        let data127 = data126[i24];
                                                                                                                                                                        const _errs271 = errors;
                                                                                                                                                                        if (typeof data127 !== "string") {
                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/licenseInfoInFiles/" + i24, schemaPath: "#/properties/files/items/properties/licenseInfoInFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                        const _errs272 = errors;
                                                                                                                                                                        if (errors === _errs271) { }
                                                                                                                                                                        var valid40 = _errs271 === errors;
                                                                                                                                                                        if (!valid40) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    if (valid40) { }
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/licenseInfoInFiles", schemaPath: "#/properties/files/items/properties/licenseInfoInFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                                if (errors === _errs269) { }
                                                                                                                                                            }
                                                                                                                                                            var valid30 = _errs269 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid30 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid30) {
                                                                                                                                                            if (data99.noticeText !== undefined) {
                                                                                                                                                                let data128 = data99.noticeText;
                                                                                                                                                                const _errs273 = errors;
                                                                                                                                                                if (typeof data128 !== "string") {
                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/files/" + i16 + "/noticeText", schemaPath: "#/properties/files/items/properties/noticeText/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                                const _errs274 = errors;
                                                                                                                                                                if (errors === _errs273) { }
                                                                                                                                                                var valid30 = _errs273 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid30 = true;
                                                                                                                                                            }
                                                                                                                                                            if (valid30) { }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/files/" + i16, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                            return false;
                                                                                        }
                                                                                        if (errors === _errs212) { }
                                                                                    }
                                                                                    var valid29 = _errs212 === errors;
                                                                                    if (!valid29) {
                                                                                        break;
                                                                                    }
                                                                                }
                                                                                if (valid29) { }
                                                                            }
                                                                            else {
                                                                                validate21.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                return false;
                                                                            }
                                                                            if (errors === _errs210) { }
                                                                        }
                                                                        var valid0 = _errs210 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data.snippets !== undefined) {
                                                                            let data129 = data.snippets;
                                                                            const _errs275 = errors;
                                                                            const _errs276 = errors;
                                                                            if (errors === _errs275) {
                                                                                if (Array.isArray(data129)) {
                                                                                    var valid41 = true;
                                                                                    const len25 = data129.length;
                                                                                    for (let i25 = 0; i25 < len25; i25++) {
                                                                                        let data130 = data129[i25];
                                                                                        const _errs277 = errors;
                                                                                        const _errs278 = errors;
                                                                                        if (errors === _errs277) {
                                                                                            if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
                                                                                                let missing16;
                                                                                                if (((((data130.SPDXID === undefined) && (missing16 = "SPDXID")) || ((data130.name === undefined) && (missing16 = "name"))) || ((data130.ranges === undefined) && (missing16 = "ranges"))) || ((data130.snippetFromFile === undefined) && (missing16 = "snippetFromFile"))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/required", keyword: "required", params: { missingProperty: missing16 }, message: "must have required property '" + missing16 + "'" }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    const _errs279 = errors;
                                                                                                    for (const key16 in data130) {
                                                                                                        if (!(func2.call(schema6.properties.snippets.items.properties, key16))) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" }];
                                                                                                            return false;
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                    if (_errs279 === errors) {
                                                                                                        if (data130.SPDXID !== undefined) {
                                                                                                            let data131 = data130.SPDXID;
                                                                                                            const _errs280 = errors;
                                                                                                            if (typeof data131 !== "string") {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/SPDXID", schemaPath: "#/properties/snippets/items/properties/SPDXID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            const _errs281 = errors;
                                                                                                            if (errors === _errs280) { }
                                                                                                            var valid42 = _errs280 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid42 = true;
                                                                                                        }
                                                                                                        if (valid42) {
                                                                                                            if (data130.annotations !== undefined) {
                                                                                                                let data132 = data130.annotations;
                                                                                                                const _errs282 = errors;
                                                                                                                const _errs283 = errors;
                                                                                                                if (errors === _errs282) {
                                                                                                                    if (Array.isArray(data132)) {
                                                                                                                        var valid43 = true;
                                                                                                                        const len26 = data132.length;
                                                                                                                        for (let i26 = 0; i26 < len26; i26++) {
                                                                                                                            let data133 = data132[i26];
                                                                                                                            const _errs284 = errors;
                                                                                                                            const _errs285 = errors;
                                                                                                                            if (errors === _errs284) {
                                                                                                                                if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
                                                                                                                                    let missing17;
                                                                                                                                    if (((((data133.annotationDate === undefined) && (missing17 = "annotationDate")) || ((data133.annotationType === undefined) && (missing17 = "annotationType"))) || ((data133.annotator === undefined) && (missing17 = "annotator"))) || ((data133.comment === undefined) && (missing17 = "comment"))) {
                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/required", keyword: "required", params: { missingProperty: missing17 }, message: "must have required property '" + missing17 + "'" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        const _errs286 = errors;
                                                                                                                                        for (const key17 in data133) {
                                                                                                                                            if (!((((key17 === "annotationDate") || (key17 === "annotationType")) || (key17 === "annotator")) || (key17 === "comment"))) {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" }];
                                                                                                                                                return false;
                                                                                                                                                break;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        if (_errs286 === errors) {
                                                                                                                                            if (data133.annotationDate !== undefined) {
                                                                                                                                                let data134 = data133.annotationDate;
                                                                                                                                                const _errs287 = errors;
                                                                                                                                                if (typeof data134 !== "string") {
                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/annotationDate", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/annotationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                const _errs288 = errors;
                                                                                                                                                if (errors === _errs287) { }
                                                                                                                                                var valid44 = _errs287 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid44 = true;
                                                                                                                                            }
                                                                                                                                            if (valid44) {
                                                                                                                                                if (data133.annotationType !== undefined) {
                                                                                                                                                    let data135 = data133.annotationType;
                                                                                                                                                    const _errs289 = errors;
                                                                                                                                                    if (typeof data135 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/annotationType", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/annotationType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs290 = errors;
                                                                                                                                                    const vSchema9 = schema6.properties.snippets.items.properties.annotations.items.properties.annotationType.enum;
                                                                                                                                                    if (!((data135 === "OTHER") || (data135 === "REVIEW"))) {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/annotationType", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/annotationType/enum", keyword: "enum", params: { allowedValues: schema6.properties.snippets.items.properties.annotations.items.properties.annotationType.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    else { }
                                                                                                                                                    if (errors === _errs289) { }
                                                                                                                                                    var valid44 = _errs289 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid44 = true;
                                                                                                                                                }
                                                                                                                                                if (valid44) {
                                                                                                                                                    if (data133.annotator !== undefined) {
                                                                                                                                                        let data136 = data133.annotator;
                                                                                                                                                        const _errs291 = errors;
                                                                                                                                                        if (typeof data136 !== "string") {
                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/annotator", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/annotator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                            return false;
                                                                                                                                                        }
                                                                                                                                                        const _errs292 = errors;
                                                                                                                                                        if (errors === _errs291) { }
                                                                                                                                                        var valid44 = _errs291 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid44 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid44) {
                                                                                                                                                        if (data133.comment !== undefined) {
                                                                                                                                                            let data137 = data133.comment;
                                                                                                                                                            const _errs293 = errors;
                                                                                                                                                            if (typeof data137 !== "string") {
                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26 + "/comment", schemaPath: "#/properties/snippets/items/properties/annotations/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            const _errs294 = errors;
                                                                                                                                                            if (errors === _errs293) { }
                                                                                                                                                            var valid44 = _errs293 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid44 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid44) { }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations/" + i26, schemaPath: "#/properties/snippets/items/properties/annotations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                if (errors === _errs284) { }
                                                                                                                            }
                                                                                                                            var valid43 = _errs284 === errors;
                                                                                                                            if (!valid43) {
                                                                                                                                break;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        if (valid43) { }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/annotations", schemaPath: "#/properties/snippets/items/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    if (errors === _errs282) { }
                                                                                                                }
                                                                                                                var valid42 = _errs282 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid42 = true;
                                                                                                            }
                                                                                                            if (valid42) {
                                                                                                                if (data130.attributionTexts !== undefined) {
                                                                                                                    let data138 = data130.attributionTexts;
                                                                                                                    const _errs295 = errors;
                                                                                                                    const _errs296 = errors;
                                                                                                                    if (errors === _errs295) {
                                                                                                                        if (Array.isArray(data138)) {
                                                                                                                            var valid45 = true;
                                                                                                                            const len27 = data138.length;
                                                                                                                            for (let i27 = 0; i27 < len27; i27++) {
                                                                                                                                let data139 = data138[i27];
                                                                                                                                const _errs297 = errors;
                                                                                                                                if (typeof data139 !== "string") {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/attributionTexts/" + i27, schemaPath: "#/properties/snippets/items/properties/attributionTexts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                const _errs298 = errors;
                                                                                                                                if (errors === _errs297) { }
                                                                                                                                var valid45 = _errs297 === errors;
                                                                                                                                if (!valid45) {
                                                                                                                                    break;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            if (valid45) { }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/attributionTexts", schemaPath: "#/properties/snippets/items/properties/attributionTexts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        if (errors === _errs295) { }
                                                                                                                    }
                                                                                                                    var valid42 = _errs295 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid42 = true;
                                                                                                                }
                                                                                                                if (valid42) {
                                                                                                                    if (data130.comment !== undefined) {
                                                                                                                        let data140 = data130.comment;
                                                                                                                        const _errs299 = errors;
                                                                                                                        if (typeof data140 !== "string") {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/comment", schemaPath: "#/properties/snippets/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        const _errs300 = errors;
                                                                                                                        if (errors === _errs299) { }
                                                                                                                        var valid42 = _errs299 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid42 = true;
                                                                                                                    }
                                                                                                                    if (valid42) {
                                                                                                                        if (data130.copyrightText !== undefined) {
                                                                                                                            let data141 = data130.copyrightText;
                                                                                                                            const _errs301 = errors;
                                                                                                                            if (typeof data141 !== "string") {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/copyrightText", schemaPath: "#/properties/snippets/items/properties/copyrightText/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            const _errs302 = errors;
                                                                                                                            if (errors === _errs301) { }
                                                                                                                            var valid42 = _errs301 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid42 = true;
                                                                                                                        }
                                                                                                                        if (valid42) {
                                                                                                                            if (data130.licenseComments !== undefined) {
                                                                                                                                let data142 = data130.licenseComments;
                                                                                                                                const _errs303 = errors;
                                                                                                                                if (typeof data142 !== "string") {
                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/licenseComments", schemaPath: "#/properties/snippets/items/properties/licenseComments/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                const _errs304 = errors;
                                                                                                                                if (errors === _errs303) { }
                                                                                                                                var valid42 = _errs303 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid42 = true;
                                                                                                                            }
                                                                                                                            if (valid42) {
                                                                                                                                if (data130.licenseConcluded !== undefined) {
                                                                                                                                    let data143 = data130.licenseConcluded;
                                                                                                                                    const _errs305 = errors;
                                                                                                                                    if (typeof data143 !== "string") {
                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/licenseConcluded", schemaPath: "#/properties/snippets/items/properties/licenseConcluded/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    const _errs306 = errors;
                                                                                                                                    if (errors === _errs305) { }
                                                                                                                                    var valid42 = _errs305 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid42 = true;
                                                                                                                                }
                                                                                                                                if (valid42) {
                                                                                                                                    if (data130.licenseInfoInSnippets !== undefined) {
                                                                                                                                        let data144 = data130.licenseInfoInSnippets;
                                                                                                                                        const _errs307 = errors;
                                                                                                                                        const _errs308 = errors;
                                                                                                                                        if (errors === _errs307) {
                                                                                                                                            if (Array.isArray(data144)) {
                                                                                                                                                var valid46 = true;
                                                                                                                                                const len28 = data144.length;
                                                                                                                                                for (let i28 = 0; i28 < len28; i28++) {
                                                                                                                                                    let data145 = data144[i28];
                                                                                                                                                    const _errs309 = errors;
                                                                                                                                                    if (typeof data145 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/licenseInfoInSnippets/" + i28, schemaPath: "#/properties/snippets/items/properties/licenseInfoInSnippets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs310 = errors;
                                                                                                                                                    if (errors === _errs309) { }
                                                                                                                                                    var valid46 = _errs309 === errors;
                                                                                                                                                    if (!valid46) {
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                if (valid46) { }
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/licenseInfoInSnippets", schemaPath: "#/properties/snippets/items/properties/licenseInfoInSnippets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            if (errors === _errs307) { }
                                                                                                                                        }
                                                                                                                                        var valid42 = _errs307 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid42 = true;
                                                                                                                                    }
                                                                                                                                    if (valid42) {
                                                                                                                                        if (data130.name !== undefined) {
                                                                                                                                            let data146 = data130.name;
                                                                                                                                            const _errs311 = errors;
                                                                                                                                            if (typeof data146 !== "string") {
                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/name", schemaPath: "#/properties/snippets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            const _errs312 = errors;
                                                                                                                                            if (errors === _errs311) { }
                                                                                                                                            var valid42 = _errs311 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid42 = true;
                                                                                                                                        }
                                                                                                                                        if (valid42) {
                                                                                                                                            if (data130.ranges !== undefined) {
                                                                                                                                                let data147 = data130.ranges;
                                                                                                                                                const _errs313 = errors;
                                                                                                                                                const _errs314 = errors;
                                                                                                                                                if (errors === _errs313) {
                                                                                                                                                    if (Array.isArray(data147)) {
                                                                                                                                                        if (data147.length < 1) {
                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges", schemaPath: "#/properties/snippets/items/properties/ranges/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                                                                                                            return false;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid47 = true;
                                                                                                                                                            const len29 = data147.length;
                                                                                                                                                            for (let i29 = 0; i29 < len29; i29++) {
                                                                                                                                                                let data148 = data147[i29];
                                                                                                                                                                const _errs315 = errors;
                                                                                                                                                                const _errs316 = errors;
                                                                                                                                                                if (errors === _errs315) {
                                                                                                                                                                    if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
                                                                                                                                                                        let missing18;
                                                                                                                                                                        if (((data148.endPointer === undefined) && (missing18 = "endPointer")) || ((data148.startPointer === undefined) && (missing18 = "startPointer"))) {
                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29, schemaPath: "#/properties/snippets/items/properties/ranges/items/required", keyword: "required", params: { missingProperty: missing18 }, message: "must have required property '" + missing18 + "'" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            const _errs317 = errors;
                                                                                                                                                                            for (const key18 in data148) {
                                                                                                                                                                                if (!((key18 === "endPointer") || (key18 === "startPointer"))) {
                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29, schemaPath: "#/properties/snippets/items/properties/ranges/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                    break;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            if (_errs317 === errors) {
                                                                                                                                                                                if (data148.endPointer !== undefined) {
                                                                                                                                                                                    let data149 = data148.endPointer;
                                                                                                                                                                                    const _errs318 = errors;
                                                                                                                                                                                    const _errs319 = errors;
                                                                                                                                                                                    if (errors === _errs318) {
                                                                                                                                                                                        if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                                                                                                                                                                            let missing19;
                                                                                                                                                                                            if ((data149.reference === undefined) && (missing19 = "reference")) {
                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/required", keyword: "required", params: { missingProperty: missing19 }, message: "must have required property '" + missing19 + "'" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                const _errs320 = errors;
                                                                                                                                                                                                for (const key19 in data149) {
                                                                                                                                                                                                    if (!(((key19 === "reference") || (key19 === "offset")) || (key19 === "lineNumber"))) {
                                                                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" }];
                                                                                                                                                                                                        return false;
                                                                                                                                                                                                        break;
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                                if (_errs320 === errors) {
                                                                                                                                                                                                    if (data149.reference !== undefined) {
                                                                                                                                                                                                        let data150 = data149.reference;
                                                                                                                                                                                                        const _errs321 = errors;
                                                                                                                                                                                                        if (typeof data150 !== "string") {
                                                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer/reference", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                            return false;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        const _errs322 = errors;
                                                                                                                                                                                                        if (errors === _errs321) { }
                                                                                                                                                                                                        var valid49 = _errs321 === errors;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        var valid49 = true;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (valid49) {
                                                                                                                                                                                                        if (data149.offset !== undefined) {
                                                                                                                                                                                                            let data151 = data149.offset;
                                                                                                                                                                                                            const _errs323 = errors;
                                                                                                                                                                                                            if (!((typeof data151 == "number") && (!(data151 % 1) && !isNaN(data151)))) {
                                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer/offset", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                                                                                                return false;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            const _errs324 = errors;
                                                                                                                                                                                                            if (errors === _errs323) { }
                                                                                                                                                                                                            var valid49 = _errs323 === errors;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            var valid49 = true;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        if (valid49) {
                                                                                                                                                                                                            if (data149.lineNumber !== undefined) {
                                                                                                                                                                                                                let data152 = data149.lineNumber;
                                                                                                                                                                                                                const _errs325 = errors;
                                                                                                                                                                                                                if (!((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152)))) {
                                                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer/lineNumber", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/properties/lineNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                                                                                                    return false;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                const _errs326 = errors;
                                                                                                                                                                                                                if (errors === _errs325) { }
                                                                                                                                                                                                                var valid49 = _errs325 === errors;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                var valid49 = true;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            if (valid49) { }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/endPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/endPointer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                        if (errors === _errs318) { }
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid48 = _errs318 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid48 = true;
                                                                                                                                                                                }
                                                                                                                                                                                if (valid48) {
                                                                                                                                                                                    if (data148.startPointer !== undefined) {
                                                                                                                                                                                        let data153 = data148.startPointer;
                                                                                                                                                                                        const _errs327 = errors;
                                                                                                                                                                                        const _errs328 = errors;
                                                                                                                                                                                        if (errors === _errs327) {
                                                                                                                                                                                            if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
                                                                                                                                                                                                let missing20;
                                                                                                                                                                                                if ((data153.reference === undefined) && (missing20 = "reference")) {
                                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/required", keyword: "required", params: { missingProperty: missing20 }, message: "must have required property '" + missing20 + "'" }];
                                                                                                                                                                                                    return false;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    const _errs329 = errors;
                                                                                                                                                                                                    for (const key20 in data153) {
                                                                                                                                                                                                        if (!(((key20 === "reference") || (key20 === "offset")) || (key20 === "lineNumber"))) {
                                                                                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" }];
                                                                                                                                                                                                            return false;
                                                                                                                                                                                                            break;
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (_errs329 === errors) {
                                                                                                                                                                                                        if (data153.reference !== undefined) {
                                                                                                                                                                                                            let data154 = data153.reference;
                                                                                                                                                                                                            const _errs330 = errors;
                                                                                                                                                                                                            if (typeof data154 !== "string") {
                                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer/reference", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                                return false;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            const _errs331 = errors;
                                                                                                                                                                                                            if (errors === _errs330) { }
                                                                                                                                                                                                            var valid50 = _errs330 === errors;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            var valid50 = true;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        if (valid50) {
                                                                                                                                                                                                            if (data153.offset !== undefined) {
                                                                                                                                                                                                                let data155 = data153.offset;
                                                                                                                                                                                                                const _errs332 = errors;
                                                                                                                                                                                                                if (!((typeof data155 == "number") && (!(data155 % 1) && !isNaN(data155)))) {
                                                                                                                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer/offset", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/properties/offset/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                                                                                                    return false;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                const _errs333 = errors;
                                                                                                                                                                                                                if (errors === _errs332) { }
                                                                                                                                                                                                                var valid50 = _errs332 === errors;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                var valid50 = true;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            if (valid50) {
                                                                                                                                                                                                                if (data153.lineNumber !== undefined) {
                                                                                                                                                                                                                    let data156 = data153.lineNumber;
                                                                                                                                                                                                                    const _errs334 = errors;
                                                                                                                                                                                                                    if (!((typeof data156 == "number") && (!(data156 % 1) && !isNaN(data156)))) {
                                                                                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer/lineNumber", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/properties/lineNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                                                                                                        return false;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    const _errs335 = errors;
                                                                                                                                                                                                                    if (errors === _errs334) { }
                                                                                                                                                                                                                    var valid50 = _errs334 === errors;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                else {
                                                                                                                                                                                                                    var valid50 = true;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                if (valid50) { }
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29 + "/startPointer", schemaPath: "#/properties/snippets/items/properties/ranges/items/properties/startPointer/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                            if (errors === _errs327) { }
                                                                                                                                                                                        }
                                                                                                                                                                                        var valid48 = _errs327 === errors;
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        var valid48 = true;
                                                                                                                                                                                    }
                                                                                                                                                                                    if (valid48) { }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges/" + i29, schemaPath: "#/properties/snippets/items/properties/ranges/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                    if (errors === _errs315) { }
                                                                                                                                                                }
                                                                                                                                                                var valid47 = _errs315 === errors;
                                                                                                                                                                if (!valid47) {
                                                                                                                                                                    break;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            if (valid47) { }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/ranges", schemaPath: "#/properties/snippets/items/properties/ranges/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    if (errors === _errs313) { }
                                                                                                                                                }
                                                                                                                                                var valid42 = _errs313 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid42 = true;
                                                                                                                                            }
                                                                                                                                            if (valid42) {
                                                                                                                                                if (data130.snippetFromFile !== undefined) {
                                                                                                                                                    let data157 = data130.snippetFromFile;
                                                                                                                                                    const _errs336 = errors;
                                                                                                                                                    if (typeof data157 !== "string") {
                                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25 + "/snippetFromFile", schemaPath: "#/properties/snippets/items/properties/snippetFromFile/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    const _errs337 = errors;
                                                                                                                                                    if (errors === _errs336) { }
                                                                                                                                                    var valid42 = _errs336 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid42 = true;
                                                                                                                                                }
                                                                                                                                                if (valid42) { }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/snippets/" + i25, schemaPath: "#/properties/snippets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                return false;
                                                                                            }
                                                                                            if (errors === _errs277) { }
                                                                                        }
                                                                                        var valid41 = _errs277 === errors;
                                                                                        if (!valid41) {
                                                                                            break;
                                                                                        }
                                                                                    }
                                                                                    if (valid41) { }
                                                                                }
                                                                                else {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/snippets", schemaPath: "#/properties/snippets/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                    return false;
                                                                                }
                                                                                if (errors === _errs275) { }
                                                                            }
                                                                            var valid0 = _errs275 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data.relationships !== undefined) {
                                                                                let data158 = data.relationships;
                                                                                const _errs338 = errors;
                                                                                const _errs339 = errors;
                                                                                if (errors === _errs338) {
                                                                                    if (Array.isArray(data158)) {
                                                                                        var valid51 = true;
                                                                                        const len30 = data158.length;
                                                                                        for (let i30 = 0; i30 < len30; i30++) {
                                                                                            let data159 = data158[i30];
                                                                                            const _errs340 = errors;
                                                                                            const _errs341 = errors;
                                                                                            if (errors === _errs340) {
                                                                                                if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
                                                                                                    let missing21;
                                                                                                    if ((((data159.spdxElementId === undefined) && (missing21 = "spdxElementId")) || ((data159.relatedSpdxElement === undefined) && (missing21 = "relatedSpdxElement"))) || ((data159.relationshipType === undefined) && (missing21 = "relationshipType"))) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/relationships/" + i30, schemaPath: "#/properties/relationships/items/required", keyword: "required", params: { missingProperty: missing21 }, message: "must have required property '" + missing21 + "'" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    else {
                                                                                                        const _errs342 = errors;
                                                                                                        for (const key21 in data159) {
                                                                                                            if (!((((key21 === "spdxElementId") || (key21 === "comment")) || (key21 === "relatedSpdxElement")) || (key21 === "relationshipType"))) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/relationships/" + i30, schemaPath: "#/properties/relationships/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" }];
                                                                                                                return false;
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                        if (_errs342 === errors) {
                                                                                                            if (data159.spdxElementId !== undefined) {
                                                                                                                let data160 = data159.spdxElementId;
                                                                                                                const _errs343 = errors;
                                                                                                                if (typeof data160 !== "string") {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/relationships/" + i30 + "/spdxElementId", schemaPath: "#/properties/relationships/items/properties/spdxElementId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                const _errs344 = errors;
                                                                                                                if (errors === _errs343) { }
                                                                                                                var valid52 = _errs343 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid52 = true;
                                                                                                            }
                                                                                                            if (valid52) {
                                                                                                                if (data159.comment !== undefined) {
                                                                                                                    let data161 = data159.comment;
                                                                                                                    const _errs345 = errors;
                                                                                                                    if (typeof data161 !== "string") {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/relationships/" + i30 + "/comment", schemaPath: "#/properties/relationships/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    const _errs346 = errors;
                                                                                                                    if (errors === _errs345) { }
                                                                                                                    var valid52 = _errs345 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid52 = true;
                                                                                                                }
                                                                                                                if (valid52) {
                                                                                                                    if (data159.relatedSpdxElement !== undefined) {
                                                                                                                        let data162 = data159.relatedSpdxElement;
                                                                                                                        const _errs347 = errors;
                                                                                                                        if (typeof data162 !== "string") {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/relationships/" + i30 + "/relatedSpdxElement", schemaPath: "#/properties/relationships/items/properties/relatedSpdxElement/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        const _errs348 = errors;
                                                                                                                        if (errors === _errs347) { }
                                                                                                                        var valid52 = _errs347 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid52 = true;
                                                                                                                    }
                                                                                                                    if (valid52) {
                                                                                                                        if (data159.relationshipType !== undefined) {
                                                                                                                            let data163 = data159.relationshipType;
                                                                                                                            const _errs349 = errors;
                                                                                                                            if (typeof data163 !== "string") {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/relationships/" + i30 + "/relationshipType", schemaPath: "#/properties/relationships/items/properties/relationshipType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            const _errs350 = errors;
                                                                                                                            const vSchema10 = schema6.properties.relationships.items.properties.relationshipType.enum;
                                                                                                                            if (!(((((((((((((((((((((((((((((((((((((((((((((data163 === "VARIANT_OF") || (data163 === "COPY_OF")) || (data163 === "PATCH_FOR")) || (data163 === "TEST_DEPENDENCY_OF")) || (data163 === "CONTAINED_BY")) || (data163 === "DATA_FILE_OF")) || (data163 === "OPTIONAL_COMPONENT_OF")) || (data163 === "ANCESTOR_OF")) || (data163 === "GENERATES")) || (data163 === "CONTAINS")) || (data163 === "OPTIONAL_DEPENDENCY_OF")) || (data163 === "FILE_ADDED")) || (data163 === "REQUIREMENT_DESCRIPTION_FOR")) || (data163 === "DEV_DEPENDENCY_OF")) || (data163 === "DEPENDENCY_OF")) || (data163 === "BUILD_DEPENDENCY_OF")) || (data163 === "DESCRIBES")) || (data163 === "PREREQUISITE_FOR")) || (data163 === "HAS_PREREQUISITE")) || (data163 === "PROVIDED_DEPENDENCY_OF")) || (data163 === "DYNAMIC_LINK")) || (data163 === "DESCRIBED_BY")) || (data163 === "METAFILE_OF")) || (data163 === "DEPENDENCY_MANIFEST_OF")) || (data163 === "PATCH_APPLIED")) || (data163 === "RUNTIME_DEPENDENCY_OF")) || (data163 === "TEST_OF")) || (data163 === "TEST_TOOL_OF")) || (data163 === "DEPENDS_ON")) || (data163 === "SPECIFICATION_FOR")) || (data163 === "FILE_MODIFIED")) || (data163 === "DISTRIBUTION_ARTIFACT")) || (data163 === "AMENDS")) || (data163 === "DOCUMENTATION_OF")) || (data163 === "GENERATED_FROM")) || (data163 === "STATIC_LINK")) || (data163 === "OTHER")) || (data163 === "BUILD_TOOL_OF")) || (data163 === "TEST_CASE_OF")) || (data163 === "PACKAGE_OF")) || (data163 === "DESCENDANT_OF")) || (data163 === "FILE_DELETED")) || (data163 === "EXPANDED_FROM_ARCHIVE")) || (data163 === "DEV_TOOL_OF")) || (data163 === "EXAMPLE_OF"))) {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/relationships/" + i30 + "/relationshipType", schemaPath: "#/properties/relationships/items/properties/relationshipType/enum", keyword: "enum", params: { allowedValues: schema6.properties.relationships.items.properties.relationshipType.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            else { }
                                                                                                                            if (errors === _errs349) { }
                                                                                                                            var valid52 = _errs349 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid52 = true;
                                                                                                                        }
                                                                                                                        if (valid52) { }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/relationships/" + i30, schemaPath: "#/properties/relationships/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                    return false;
                                                                                                }
                                                                                                if (errors === _errs340) { }
                                                                                            }
                                                                                            var valid51 = _errs340 === errors;
                                                                                            if (!valid51) {
                                                                                                break;
                                                                                            }
                                                                                        }
                                                                                        if (valid51) { }
                                                                                    }
                                                                                    else {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/relationships", schemaPath: "#/properties/relationships/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                        return false;
                                                                                    }
                                                                                    if (errors === _errs338) { }
                                                                                }
                                                                                var valid0 = _errs338 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                            if (valid0) { }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
    if (errors === 0) { }
} validate21.errors = vErrors; return errors === 0; }


/***/ })

};
