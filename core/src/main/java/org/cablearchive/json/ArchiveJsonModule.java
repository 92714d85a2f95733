package org.cablearchive.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.time.LocalDate;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.Hit;
import org.cablearchive.model.Classification;
import org.cablearchive.model.DateTimeGroup;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.RoutingIndicator;
import org.cablearchive.model.SourceFormat;

/** The model's value types as JSON strings, registered in one place so every record agrees. */
final class ArchiveJsonModule extends SimpleModule {

  ArchiveJsonModule() {
    super("cable-archive");
    StringForm.of(ReferenceId.class, ReferenceId::value, ReferenceId::of).registerIn(this).registerAsKeyIn(this);
    StringForm.of(RoutingIndicator.class, RoutingIndicator::code, RoutingIndicator::new).registerIn(this);
    StringForm.of(DateTimeGroup.class, DateTimeGroup::text, DateTimeGroup::new).registerIn(this);
    StringForm.of(Instant.class, Instant::toString, Instant::parse).registerIn(this);
    StringForm.of(LocalDate.class, LocalDate::toString, LocalDate::parse).registerIn(this);
    StringForm.of(Classification.class, Classification::label, text -> Classification.fromLabel(text)
        .orElseThrow(() -> new IllegalArgumentException("unknown classification"))).registerIn(this).registerAsKeyIn(this);
    StringForm.of(SourceFormat.class, SourceFormat::label, text -> SourceFormat.fromLabel(text)
        .orElseThrow(() -> new IllegalArgumentException("unknown source format"))).registerIn(this);
    StringForm.of(FacetField.class, FacetField::key, text -> FacetField.fromKey(text)
        .orElseThrow(() -> new IllegalArgumentException("unknown facet field"))).registerIn(this).registerAsKeyIn(this);
    setMixInAnnotation(Hit.class, HitForm.class);
  }
}
