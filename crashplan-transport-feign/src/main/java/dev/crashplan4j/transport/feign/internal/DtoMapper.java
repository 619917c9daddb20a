package dev.crashplan4j.transport.feign.internal;

import dev.crashplan4j.core.domain.AgentState;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.RetryAfter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueCheckStrategy;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Turns the console's DTOs into domain values. Every target field must be mapped or the build
 * fails; a required field the console left out fails {@code build()} with the field's name.
 */
@Mapper(
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    nullValueCheckStrategy = NullValueCheckStrategy.ALWAYS)
interface DtoMapper {

  DtoMapper INSTANCE = Mappers.getMapper(DtoMapper.class);

  // Older consoles write offsets as -0500, newer ones as -05:00 or Z: read all three.
  DateTimeFormatter CONSOLE_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  @Mapping(target = "id", source = "orgId")
  @Mapping(target = "uid", source = "orgUid")
  @Mapping(target = "guid", source = "orgGuid")
  @Mapping(target = "name", source = "orgName")
  @Mapping(target = "externalReference", source = "orgExtRef")
  @Mapping(target = "statusText", source = "status")
  @Mapping(target = "parentId", source = "parentOrgId")
  @Mapping(target = "parentUid", source = "parentOrgUid")
  @Mapping(target = "parentGuid", source = "parentOrgGuid")
  @Mapping(target = "otherFields", source = "other")
  Org toOrg(OrgDto dto);

  List<Org> toOrgs(List<OrgDto> dtos);

  @Mapping(target = "orgs", source = "dto.orgs")
  @Mapping(target = "totalCount", source = "dto.totalCount")
  @Mapping(target = "answeredAt", source = "dto.answeredAt")
  OrgPage toPage(OrgListDto dto, int pageNum, int pageSize);

  @Mapping(target = "otherFields", source = "other")
  AgentState toAgentState(AgentStateDto dto);

  List<AgentState> toAgentStates(List<AgentStateDto> dtos);

  default OrgId orgId(Long id) {
    return OrgId.of(id);
  }

  default Optional<OrgId> optionalOrgId(Long id) {
    return Optional.ofNullable(id).map(OrgId::of);
  }

  default OrgUid orgUid(String uid) {
    return OrgUid.of(uid);
  }

  default Optional<OrgUid> optionalOrgUid(String uid) {
    return Optional.ofNullable(uid).map(OrgUid::of);
  }

  default OrgGuid orgGuid(String guid) {
    return OrgGuid.of(guid);
  }

  default Optional<OrgGuid> optionalOrgGuid(String guid) {
    return Optional.ofNullable(guid).map(OrgGuid::of);
  }

  default Optional<String> text(String text) {
    return Optional.ofNullable(text);
  }

  // An unreadable Date header is no reason to refuse a listing: the time is then unknown.
  default Optional<Instant> httpDate(String header) {
    return RetryAfter.httpDate(header);
  }

  default Optional<OffsetDateTime> dateTime(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    OffsetDateTime quick = ConsoleDates.parse(text);
    return Optional.of(quick != null ? quick : OffsetDateTime.parse(text, CONSOLE_DATE_TIME));
  }
}
