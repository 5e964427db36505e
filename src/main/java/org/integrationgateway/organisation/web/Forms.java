package org.integrationgateway.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.integrationgateway.organisation.ContactDetails;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerDetails;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.organisation.DepartmentDetails;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.DepartmentView;
import org.integrationgateway.organisation.PersonDetails;
import org.integrationgateway.organisation.PersonView;
import org.integrationgateway.shared.FormErrors;

/**
 * The HTML forms of the organisation pages. Bean validation gives every field error at once; a rule the domain
 * still refuses (a duplicate name, a stale version) is put back on the form by the shared {@code FormErrors}.
 */
final class Forms {

    private Forms() {
    }

    static class DepartmentForm {
        @NotBlank(message = "{organisation.validation.required}")
        @Size(max = 120, message = "{organisation.validation.tooLong}")
        private String name;
        @NotNull(message = "{organisation.validation.required}")
        private DepartmentKind kind;
        private Long version;

        static DepartmentForm of(DepartmentView view) {
            DepartmentForm form = new DepartmentForm();
            form.name = view.name();
            form.kind = view.kind();
            form.version = view.version();
            return form;
        }

        DepartmentDetails details() {
            return new DepartmentDetails(name, kind);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public DepartmentKind getKind() {
            return kind;
        }

        public void setKind(DepartmentKind kind) {
            this.kind = kind;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    static class PersonForm {
        @NotBlank(message = "{organisation.validation.required}")
        @Size(max = 200, message = "{organisation.validation.tooLong}")
        private String fullName;
        @NotBlank(message = "{organisation.validation.required}")
        @Size(max = 254, message = "{organisation.validation.tooLong}")
        @Pattern(regexp = ApiRequests.EMAIL, message = "{organisation.validation.email}")
        private String email;
        @NotNull(message = "{organisation.validation.required}")
        private Long departmentId;
        @Size(max = 120, message = "{organisation.validation.tooLong}")
        private String title;
        private Long version;

        static PersonForm of(PersonView view) {
            PersonForm form = new PersonForm();
            form.fullName = view.fullName();
            form.email = view.email();
            form.departmentId = view.departmentId();
            form.title = view.title();
            form.version = view.version();
            return form;
        }

        PersonDetails details() {
            return new PersonDetails(fullName, email, departmentId, title);
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public Long getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(Long departmentId) {
            this.departmentId = departmentId;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    static class CustomerForm {
        @NotBlank(message = "{organisation.validation.required}")
        @Size(max = 200, message = "{organisation.validation.tooLong}")
        private String name;
        @Size(max = 120, message = "{organisation.validation.tooLong}")
        private String industry;
        @Size(max = 300, message = "{organisation.validation.tooLong}")
        private String website;
        private Long version;

        static CustomerForm of(CustomerView view) {
            CustomerForm form = new CustomerForm();
            form.name = view.name();
            form.industry = view.industry();
            form.website = view.website();
            form.version = view.version();
            return form;
        }

        CustomerDetails details() {
            return new CustomerDetails(name, industry, website);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIndustry() {
            return industry;
        }

        public void setIndustry(String industry) {
            this.industry = industry;
        }

        public String getWebsite() {
            return website;
        }

        public void setWebsite(String website) {
            this.website = website;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    static class ContactForm {
        @NotBlank(message = "{organisation.validation.required}")
        @Size(max = 200, message = "{organisation.validation.tooLong}")
        private String fullName;
        @NotBlank(message = "{organisation.validation.required}")
        @Size(max = 254, message = "{organisation.validation.tooLong}")
        @Pattern(regexp = ApiRequests.EMAIL, message = "{organisation.validation.email}")
        private String email;
        @Size(max = 50, message = "{organisation.validation.tooLong}")
        private String phone;
        @Size(max = 120, message = "{organisation.validation.tooLong}")
        private String jobTitle;
        private Long version;

        static ContactForm of(ContactView view) {
            ContactForm form = new ContactForm();
            form.fullName = view.fullName();
            form.email = view.email();
            form.phone = view.phone();
            form.jobTitle = view.jobTitle();
            form.version = view.version();
            return form;
        }

        ContactDetails details() {
            return new ContactDetails(fullName, email, phone, jobTitle);
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getJobTitle() {
            return jobTitle;
        }

        public void setJobTitle(String jobTitle) {
            this.jobTitle = jobTitle;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }
}
