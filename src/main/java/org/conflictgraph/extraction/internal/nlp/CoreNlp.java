package org.conflictgraph.extraction.internal.nlp;

import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The one CoreNLP pipeline of the JVM. Model loading takes 15–30 s and ~1.5 GB, so it is held statically:
 * every Spring context (and every cached test context) shares it.
 */
public final class CoreNlp {

    private static volatile StanfordCoreNLP pipeline;

    private CoreNlp() {
    }

    /** The shared pipeline (tokenize, ssplit, pos, lemma, ner with SUTime, depparse), loaded on first use. */
    public static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (CoreNlp.class) {
                p = pipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(properties());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("sutime.includeRange", "true");
        // the holiday binder needs a javax.xml.bind runtime the classpath lacks (only Jakarta JAXB 4 is present)
        props.setProperty("sutime.binders", "0");
        props.setProperty("depparse.maxTime", "30000");
        props.setProperty("pos.maxlen", "200");
        props.setProperty("parse.maxlen", "200");
        props.setProperty("threads", "1");
        return props;
    }

    /**
     * Annotates a text; {@code documentDate} (ISO yyyy-MM-dd, may be null) anchors SUTime's relative dates
     * ("on Wednesday", "last month") to the article's publication day.
     */
    public static Annotation annotate(String text, String documentDate) {
        Annotation doc = new Annotation(text);
        if (documentDate != null && documentDate.length() >= 10) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.substring(0, 10));
        }
        pipeline().annotate(doc);
        return doc;
    }
}
