/**
 * The table of every API method. Transports look methods up here to validate input and
 * output; the renderer's client and the CLI derive their types from it. Adding a method:
 * define it in its domain file, add it below, and give it a handler in
 * electron/services/api.ts (the type checker insists on the last step).
 */
import type { z } from 'zod';
import {
  annotationsCreate,
  annotationsCreateClaim,
  annotationsDelete,
  annotationsExport,
  annotationsImport,
  annotationsList,
  annotationsReanchor,
  annotationsRestore,
  annotationsUpdate,
} from './annotations.ts';
import { appInfo, appSetUser, filesList } from './app.ts';
import { documentsReimport } from './document-versions.ts';
import { caseClose, caseCreate, caseInfo, caseOpen, caseOpenSample, caseRecent, caseUpdate } from './case.ts';
import {
  documentsDelete,
  documentsFacets,
  documentsGet,
  documentsImport,
  documentsImportContent,
  documentsList,
  documentsRestore,
  documentsUpdate,
} from './documents.ts';
import { documentsExtract, extractFile, extractText } from './extract.ts';
import { jobsCancel, jobsList } from './jobs.ts';
import { searchHighlights, searchQuery } from './search.ts';
import { tagsCreate, tagsDelete, tagsList, tagsRestore, tagsUpdate } from './tags.ts';
import { mapTimeline } from './map.ts';
import {
  observationPointsAddType,
  observationPointsCreate,
  observationPointsDelete,
  observationPointsExport,
  observationPointsHistory,
  observationPointsImport,
  observationPointsLinks,
  observationPointsList,
  observationPointsRestore,
  observationPointsUpdate,
} from './observation-points.ts';
import {
  claimsCount,
  claimsCreate,
  claimsDelete,
  claimsExport,
  claimsFacets,
  claimsGet,
  claimsGrade,
  claimsMerge,
  claimsQuery,
  claimsRestore,
  claimsSplit,
  claimsUpdate,
} from './claims.ts';
import { sourcesList, sourcesUpdate } from './sources.ts';
import { viewsDelete, viewsList, viewsSave } from './views.ts';
import { compareDocuments, compareGroups, compareSources } from './compare.ts';
import { placesClaims, placesFeatures, placesLocate, placesOfClaims, placesUnresolved } from './places.ts';
import { documentsReocr, ocrLanguages, ocrSetCaseDefault } from './ocr.ts';
import { historyList, historyRecord } from './history.ts';
import { shareConflicts, shareExport, shareInspect, shareMerge, shareResolve, shareVerify } from './share.ts';

export const methods = {
  [appInfo.name]: appInfo,
  [appSetUser.name]: appSetUser,
  [filesList.name]: filesList,
  [caseCreate.name]: caseCreate,
  [caseOpen.name]: caseOpen,
  [caseOpenSample.name]: caseOpenSample,
  [caseClose.name]: caseClose,
  [caseInfo.name]: caseInfo,
  [caseUpdate.name]: caseUpdate,
  [caseRecent.name]: caseRecent,
  [jobsCancel.name]: jobsCancel,
  [jobsList.name]: jobsList,
  [extractText.name]: extractText,
  [extractFile.name]: extractFile,
  [documentsExtract.name]: documentsExtract,
  [documentsImport.name]: documentsImport,
  [documentsImportContent.name]: documentsImportContent,
  [documentsList.name]: documentsList,
  [documentsGet.name]: documentsGet,
  [documentsUpdate.name]: documentsUpdate,
  [documentsDelete.name]: documentsDelete,
  [documentsRestore.name]: documentsRestore,
  [documentsFacets.name]: documentsFacets,
  [searchQuery.name]: searchQuery,
  [searchHighlights.name]: searchHighlights,
  [documentsReimport.name]: documentsReimport,
  [tagsList.name]: tagsList,
  [tagsCreate.name]: tagsCreate,
  [tagsUpdate.name]: tagsUpdate,
  [tagsDelete.name]: tagsDelete,
  [tagsRestore.name]: tagsRestore,
  [annotationsList.name]: annotationsList,
  [annotationsCreate.name]: annotationsCreate,
  [annotationsUpdate.name]: annotationsUpdate,
  [annotationsDelete.name]: annotationsDelete,
  [annotationsRestore.name]: annotationsRestore,
  [annotationsCreateClaim.name]: annotationsCreateClaim,
  [annotationsReanchor.name]: annotationsReanchor,
  [annotationsExport.name]: annotationsExport,
  [annotationsImport.name]: annotationsImport,
  [placesFeatures.name]: placesFeatures,
  [placesClaims.name]: placesClaims,
  [placesOfClaims.name]: placesOfClaims,
  [placesUnresolved.name]: placesUnresolved,
  [placesLocate.name]: placesLocate,
  [mapTimeline.name]: mapTimeline,
  [observationPointsList.name]: observationPointsList,
  [observationPointsCreate.name]: observationPointsCreate,
  [observationPointsUpdate.name]: observationPointsUpdate,
  [observationPointsDelete.name]: observationPointsDelete,
  [observationPointsRestore.name]: observationPointsRestore,
  [observationPointsHistory.name]: observationPointsHistory,
  [observationPointsAddType.name]: observationPointsAddType,
  [observationPointsImport.name]: observationPointsImport,
  [observationPointsExport.name]: observationPointsExport,
  [observationPointsLinks.name]: observationPointsLinks,
  [claimsQuery.name]: claimsQuery,
  [claimsCount.name]: claimsCount,
  [claimsGet.name]: claimsGet,
  [claimsUpdate.name]: claimsUpdate,
  [claimsGrade.name]: claimsGrade,
  [claimsCreate.name]: claimsCreate,
  [claimsDelete.name]: claimsDelete,
  [claimsRestore.name]: claimsRestore,
  [claimsSplit.name]: claimsSplit,
  [claimsMerge.name]: claimsMerge,
  [claimsExport.name]: claimsExport,
  [claimsFacets.name]: claimsFacets,
  [sourcesList.name]: sourcesList,
  [sourcesUpdate.name]: sourcesUpdate,
  [viewsList.name]: viewsList,
  [viewsSave.name]: viewsSave,
  [viewsDelete.name]: viewsDelete,
  [ocrLanguages.name]: ocrLanguages,
  [ocrSetCaseDefault.name]: ocrSetCaseDefault,
  [documentsReocr.name]: documentsReocr,
  [shareExport.name]: shareExport,
  [shareInspect.name]: shareInspect,
  [shareMerge.name]: shareMerge,
  [shareConflicts.name]: shareConflicts,
  [shareResolve.name]: shareResolve,
  [shareVerify.name]: shareVerify,
  [historyList.name]: historyList,
  [historyRecord.name]: historyRecord,
  [compareDocuments.name]: compareDocuments,
  [compareGroups.name]: compareGroups,
  [compareSources.name]: compareSources,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (before defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
