/**
 * The gold annotation schema as the fixture files hold it (fixtures/gold, devset, variants,
 * blind…blind5), for the tests that check the fixtures themselves.
 */
export interface AnnotatedPerson {
  role: string | null;
  name: string;
}

export interface AnnotatedPhoto {
  caption: string;
  credit: string;
  photographers: AnnotatedPerson[];
}

export interface AnnotatedDateline {
  agency: string;
  place: string | null;
  date: string;
}

/** Where a composite page's article came from: not derivable from the page, never compared. */
export interface ArticleSource {
  paper: string;
  date: string;
  page: string | null;
  url: string | null;
  note?: string;
}

export interface AnnotatedArticle {
  kind: string;
  section: string;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  dateline: AnnotatedDateline | null;
  authors: AnnotatedPerson[];
  paragraphs: string[];
  photos: AnnotatedPhoto[];
  source?: ArticleSource;
}

export interface Annotation {
  source: string;
  edition: { paper: string; paperEn: string; date: string; page: number | null };
  note: string;
  articles: AnnotatedArticle[];
}

/** Articles of the composite sets, each with the origin it was laid out from. */
export interface SourcedArticle extends AnnotatedArticle {
  source: ArticleSource;
}

export interface SourcedAnnotation extends Annotation {
  articles: SourcedArticle[];
}
